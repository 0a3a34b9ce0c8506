namespace ChatBot.Knowledge.Answers;

/// <summary>"Timeline of X": dated milestones on the topic, oldest first, one line per date.</summary>
internal static class TimelineComposer
{
    private const int MaxLines = 10;

    public static Answer? Compose(ParsedQuestion question, IReadOnlyList<ScoredFact> relevant, Indexing.CorpusModel model, Indexing.KnowledgeText text)
    {
        var dated = relevant
            .Where(f => f.Fact.IsDated && f.Fact.Fact.Dates.Any(d => d.Precision >= Facts.DatePrecision.Month))
            .GroupBy(f => f.Fact.EffectiveDate)
            .OrderBy(g => g.Key)
            .Select(g => g.OrderByDescending(f => f.Score).First())
            .Take(MaxLines)
            .ToList();
        if (dated.Count == 0) return null;
        var citations = new CitationFactory(model);
        var lines = dated
            .Select(f => LeadBuilder.Build(f, question, text.Terms, $"{LatestStatusComposer.Day(f.Fact.EffectiveDate)}:", [citations.Cite(f.Fact)]))
            .ToList();
        return new Answer(AnswerKind.Timeline, lines, citations.Citations, null, [], null);
    }
}
