using ChatBot.Knowledge.Corpus;

namespace ChatBot.Knowledge.Indexing;

/// <summary>Everything extracted from one load of the seeds: articles, paragraphs, facts and term statistics.</summary>
internal sealed class CorpusModel
{
    public CorpusModel(IReadOnlyList<SourceArticle> articles, IReadOnlyList<IndexedParagraph> paragraphs, IReadOnlyList<IndexedFact> facts, CorpusLoadResult load)
    {
        Articles = articles;
        Paragraphs = paragraphs;
        Facts = facts;
        Load = load;
        ArticlesByFile = articles.ToDictionary(a => a.Source.File, StringComparer.Ordinal);
        _paragraphsByPlace = new(() => paragraphs.ToDictionary(p => (p.Source.File, p.Number)));
        _factsByFile = new(() => facts.ToLookup(f => f.Source.File, StringComparer.Ordinal));
        foreach (var fact in facts)
        {
            foreach (var term in fact.Terms) DocumentFrequency[term] = DocumentFrequency.GetValueOrDefault(term) + 1;
        }
    }

    public IReadOnlyList<SourceArticle> Articles { get; }

    public IReadOnlyDictionary<string, SourceArticle> ArticlesByFile { get; }

    public IReadOnlyList<IndexedParagraph> Paragraphs { get; }

    public IReadOnlyList<IndexedFact> Facts { get; }

    private readonly Lazy<Dictionary<(string File, int Number), IndexedParagraph>> _paragraphsByPlace;

    /// <summary>The body paragraph <paramref name="number"/> of <paramref name="file"/> (a citation's place), or null.</summary>
    public IndexedParagraph? Paragraph(string file, int number) => _paragraphsByPlace.Value.GetValueOrDefault((file, number));

    private readonly Lazy<ILookup<string, IndexedFact>> _factsByFile;

    /// <summary>The facts of one seed file in text order, looked up rather than found by walking every fact.</summary>
    public IEnumerable<IndexedFact> FactsOf(string file) => _factsByFile.Value[file];

    public CorpusLoadResult Load { get; }

    /// <summary>Per-article extractions the model was assembled from, for storing and reusing them; empty for a model built by hand.</summary>
    public IReadOnlyList<ExtractedArticle> Extracted { get; private init; } = [];

    /// <summary>In how many facts each stemmed term occurs.</summary>
    public Dictionary<string, int> DocumentFrequency { get; } = new(StringComparer.Ordinal);

    /// <summary>Inverse document frequency of a term over facts; unknown terms get the highest weight.</summary>
    public double Idf(string term)
    {
        var df = DocumentFrequency.GetValueOrDefault(term);
        return Math.Log(1 + (Facts.Count - df + 0.5) / (df + 0.5));
    }

    /// <summary>Numbers the paragraphs and facts of <paramref name="extracted"/> in order and links them up.</summary>
    public static CorpusModel Assemble(IReadOnlyList<ExtractedArticle> extracted, CorpusLoadResult load)
    {
        ArgumentNullException.ThrowIfNull(extracted);
        var paragraphs = new List<IndexedParagraph>();
        var facts = new List<IndexedFact>();
        foreach (var article in extracted)
        {
            var source = article.Article.Source;
            for (var number = 0; number < article.Paragraphs.Count; number++)
            {
                var own = article.Paragraphs[number];
                var paragraph = new IndexedParagraph(paragraphs.Count, source, number, article.Article.BodyParagraphs[number], own.Terms);
                paragraphs.Add(paragraph);
                for (var i = 0; i < own.Facts.Count; i++)
                {
                    var fact = new IndexedFact(facts.Count, source, paragraph, i, own.Facts[i].Fact, own.Facts[i].Terms);
                    paragraph.Facts.Add(fact);
                    facts.Add(fact);
                }
            }
        }

        return new CorpusModel(extracted.Select(a => a.Article).ToList(), paragraphs, facts, load) { Extracted = extracted };
    }

    /// <summary>The extractions of this model by content key, for a reindex to reuse.</summary>
    public Dictionary<string, ExtractedArticle> ExtractedByKey()
    {
        var byKey = new Dictionary<string, ExtractedArticle>(StringComparer.Ordinal);
        foreach (var article in Extracted) byKey.TryAdd(article.ContentKey, article);
        return byKey;
    }
}
