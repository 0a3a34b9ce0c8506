using ChatBot.Knowledge.Facts;
using ChatBot.Knowledge.Indexing;
using ChatBot.Knowledge.Answers.Reading;
using ChatBot.Knowledge.Answers.Ranking;

namespace ChatBot.Knowledge.Answers.Composing;

/// <summary>
/// "What changed since March", "what happened after the Almaty talks": the dated events after the anchor, oldest
/// first. The anchor is a date (resolved against the newest source) or an event the sources date.
/// </summary>
internal static class ChangesComposer
{
    private const int MaxLines = 10;
    private const double MinAnchorCoverage = 0.6;

    public static Answer? Compose(ParsedQuestion question, CorpusModel model, KnowledgeText text, IReadOnlyList<ScoredFact> ranked, IReadOnlyList<ScoredFact> anchorHits)
    {
        if (question.Anchor is not { } anchor || model.Facts.Count == 0) return null;
        var now = model.Articles.Max(a => a.Source.Published);
        var from = AnchorDate(anchor, now, anchorHits);
        if (from is not { } start) return null;
        var pool = question.Topic is not null || question.Concepts.Count > 0
            ? LatestStatusComposer.Relevant(question, model, ranked)
            : model.Facts.Where(f => f.Fact.Topics.Count > 0).Select(f => new ScoredFact(f, 0, 0, 0, null)).ToList();
        var events = TimelineEvents.From(pool)
            .Where(e => question.AnchorInclusive ? e.Date.Date >= start.Date : e.Date.Date > start.Latest)
            .ToList();
        var lines = TimelineComposer.Lines(question, events, model, text, MaxLines, out var citations);
        if (lines.Count == 0) return null;
        var notice = $"Dated events {(question.AnchorInclusive ? "since" : "after")} {DateText.Of(start)}, oldest first. {LatestStatusComposer.Freshness(pool)}";
        return new Answer(AnswerKind.Timeline, lines, citations, notice, [], null);
    }

    /// <summary>A date in the anchor ("March", "May 2024"), else the date of the event it names.</summary>
    private static EventDate? AnchorDate(string anchor, DateOnly now, IReadOnlyList<ScoredFact> anchorHits)
    {
        if (DateResolver.Default.Resolve($"since {anchor}", now) is [var date, ..]) return date;
        var best = anchorHits
            .Where(f => f.Fact.IsDated && f.Coverage >= MinAnchorCoverage)
            .OrderByDescending(f => f.Coverage)
            .ThenByDescending(f => f.Score)
            .FirstOrDefault();
        return best?.Fact.When;
    }
}
