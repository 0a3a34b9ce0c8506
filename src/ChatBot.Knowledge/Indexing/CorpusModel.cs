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
        foreach (var fact in facts)
        {
            foreach (var term in fact.Terms) DocumentFrequency[term] = DocumentFrequency.GetValueOrDefault(term) + 1;
        }
    }

    public IReadOnlyList<SourceArticle> Articles { get; }

    public IReadOnlyDictionary<string, SourceArticle> ArticlesByFile { get; }

    public IReadOnlyList<IndexedParagraph> Paragraphs { get; }

    public IReadOnlyList<IndexedFact> Facts { get; }

    public CorpusLoadResult Load { get; }

    /// <summary>In how many facts each stemmed term occurs.</summary>
    public Dictionary<string, int> DocumentFrequency { get; } = new(StringComparer.Ordinal);

    /// <summary>Inverse document frequency of a term over facts; unknown terms get the highest weight.</summary>
    public double Idf(string term)
    {
        var df = DocumentFrequency.GetValueOrDefault(term);
        return Math.Log(1 + (Facts.Count - df + 0.5) / (df + 0.5));
    }
}
