using System.Globalization;
using ChatBot.Knowledge.Indexing;

namespace ChatBot.Knowledge.Answers;

/// <summary>
/// "What's the latest on X": the newest relevant fact first (newest event, then newest source), then a few earlier
/// milestones with their dates, and how fresh the newest source is.
/// </summary>
internal static class LatestStatusComposer
{
    private const int Milestones = 3;

    public static Answer? Compose(ParsedQuestion question, CorpusModel model, KnowledgeText text, IReadOnlyList<ScoredFact> ranked)
    {
        var relevant = Relevant(question, model, ranked);
        if (relevant.Count == 0) return null;
        var ordered = relevant
            .OrderByDescending(f => f.Fact.EffectiveDate)
            .ThenByDescending(f => f.Fact.Source.Published)
            .ThenByDescending(f => f.Score + StatusCue(f.Fact))
            .ToList();
        var citations = new CitationFactory(model);
        var newest = ordered[0];
        var lines = new List<AnswerLine>
        {
            LeadBuilder.Build(newest, question, text.Terms, $"As of {Day(newest.Fact.EffectiveDate)} ({SourceName(newest.Fact)}):", [citations.Cite(newest.Fact)]),
        };
        var seenDates = new HashSet<DateOnly> { newest.Fact.EffectiveDate };
        foreach (var earlier in ordered.Skip(1).Where(f => f.Fact.IsDated && seenDates.Add(f.Fact.EffectiveDate)).Take(Milestones))
        {
            lines.Add(LeadBuilder.Build(earlier, question, text.Terms, $"{Day(earlier.Fact.EffectiveDate)}:", [citations.Cite(earlier.Fact)]));
        }

        var freshest = relevant.Max(f => f.Fact.Source.Published);
        var notice = $"The newest source on this is from {Day(freshest)}.";
        return new Answer(AnswerKind.LatestStatus, lines, citations.Citations, notice, [], null);
    }

    /// <summary>Facts on the question's topic when it names one, else facts that cover most of its words.</summary>
    internal static List<ScoredFact> Relevant(ParsedQuestion question, CorpusModel model, IReadOnlyList<ScoredFact> ranked)
    {
        if (question.Topic is { } topic)
        {
            var byId = ranked.ToDictionary(f => f.Fact.Id);
            return model.Facts
                .Where(f => f.Fact.Topics.Contains(topic.Id, StringComparer.Ordinal))
                .Select(f => byId.GetValueOrDefault(f.Id) ?? new ScoredFact(f, question.Coverage(f.Terms), 0, question.Coverage(f.Terms), null))
                .ToList();
        }

        return ranked.Where(f => f.Support >= DirectAnswerComposer.MinSupport).ToList();
    }

    private static double StatusCue(IndexedFact fact) =>
        QuestionVocabulary.Default.StatusCues.Any(c => fact.Fact.Text.Contains(c, StringComparison.OrdinalIgnoreCase)) ? 0.3 : 0;

    internal static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    internal static string SourceName(IndexedFact fact) => fact.Source.Publisher ?? fact.Source.Title;
}
