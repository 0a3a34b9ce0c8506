using ChatBot.Knowledge.Indexing;

namespace ChatBot.Knowledge.Answers.Composing;

/// <summary>Turns facts into numbered citations with verbatim passages cut from the article text.</summary>
internal sealed class CitationFactory(CorpusModel model)
{
    private readonly List<Citation> _citations = [];
    private readonly List<(string File, int Start, int End)> _used = [];

    public IReadOnlyList<Citation> Citations => _citations;

    /// <summary>Adds the fact's passage (or finds the citation that already holds it) and returns its position.</summary>
    /// <param name="fact">The fact cited.</param>
    /// <param name="withContext">True for an answer's own passage: it comes with the sentences around it (<see cref="PassageBuilder.WithContext"/>).</param>
    public int Cite(IndexedFact fact, bool withContext = false)
    {
        var (start, end) = withContext ? PassageBuilder.WithContext(fact, model) : PassageBuilder.For(fact);
        for (var i = 0; i < _used.Count; i++)
        {
            var used = _used[i];
            if (used.File == fact.Source.File && start < used.End && end > used.Start) return i + 1;
        }

        var text = model.ArticlesByFile[fact.Source.File].Text;
        var position = _citations.Count + 1;
        _used.Add((fact.Source.File, start, end));
        _citations.Add(new Citation(
            position,
            text[start..end],
            fact.Source.File,
            start,
            end - start,
            fact.Paragraph.Number,
            fact.Source.Title,
            fact.Source.Publisher,
            fact.Source.Published,
            fact.Source.Url,
            fact.IsDated ? fact.EffectiveDate : null));
        return position;
    }
}
