using ChatBot.Knowledge.Facts;
using ChatBot.Knowledge.Indexing;
using ChatBot.Knowledge.Answers.Reading;
using ChatBot.Knowledge.Answers.Ranking;
using ChatBot.Knowledge.Answers.Retrieval;

namespace ChatBot.Knowledge.Answers.Composing;

/// <summary>
/// "What changed since March", "what happened after the Almaty talks": the dated events after the anchor, oldest
/// first. The anchor is a date (resolved against the newest source) or an event the sources date.
/// </summary>
internal static class ChangesComposer
{
    private const int MaxLines = 10;
    private const double MinAnchorCoverage = 0.6;

    /// <summary>How many events "after that" / "before that" steps through, nearest first.</summary>
    private const int Steps = 4;

    public static Answer? Compose(ParsedQuestion question, CorpusModel model, KnowledgeText text, IReadOnlyList<ScoredFact> ranked, IReadOnlyList<ScoredFact> anchorHits)
    {
        if (question.Anchor is null && question.AnchorDate is null || model.Facts.Count == 0) return null;
        var now = model.Articles.Max(a => a.Source.Published);
        var from = question.AnchorDate ?? AnchorDate(question.Anchor!, now, anchorHits);
        if (from is not { } start) return null;
        var pool = question.Topic is not null || question.Concepts.Count > 0
            ? LatestStatusComposer.Relevant(question, model, ranked)
            : model.Facts.Where(f => f.Fact.Topics.Count > 0).Select(f => new ScoredFact(f, 0, 0, 0, null)).ToList();
        if (question.AnchorDate is not null) return Step(question, start, pool, model, text);
        var events = TimelineEvents.From(pool)
            .Where(e => question.AnchorInclusive ? e.Date.Date >= start.Date : e.Date.Date > start.Latest)
            .ToList();
        var lines = TimelineComposer.Lines(question, events, model, text, MaxLines, out var citations);
        if (lines.Count == 0) return null;
        var notice = $"Dated events {(question.AnchorInclusive ? "since" : "after")} {DateText.Of(start)}, oldest first. {LatestStatusComposer.Freshness(pool)}";
        return new Answer(AnswerKind.Timeline, lines, citations, notice, [], null);
    }

    /// <summary>
    /// "What happened after that?", "and before that?": the events nearest the previous answer's date in the asked
    /// direction, nearest first, so the lead is the very next (or previous) step on the subject; those naming the
    /// people the follow-up refers to ("they") come first.
    /// </summary>
    private static Answer? Step(ParsedQuestion question, EventDate from, IReadOnlyList<ScoredFact> pool, CorpusModel model, KnowledgeText text)
    {
        // Looking back starts before everything the last answer's passage reports, not only before its latest date.
        var reported = FocusPassages.Inside(question.Focus, model).SelectMany(f => f.Fact.Dates).Select(d => d.Date).DefaultIfEmpty(from.Date).Min();
        var until = reported < from.Date ? reported : from.Date;
        var events = TimelineEvents.From(pool)
            .Where(e => question.AnchorBefore ? e.Date.Latest < until : e.Date.Date > from.Latest)
            .ToList();
        var merged = TimelineEvents.Merge(events, model, text);
        // "And when did they meet after that?" about the envoys: their next step, not the next thing anyone did.
        var byPeople = merged.OrderByDescending(g => g.Any(e => PassageBuilder.NamesAnyOf(e.Fact.Fact, question.ReferredPeople)));
        var nearest = (question.AnchorBefore ? byPeople.ThenByDescending(g => g[0].Date.Latest) : byPeople.ThenBy(g => g[0].Date.Date))
            .ThenByDescending(g => g[0].Fact.Score)
            .Take(Steps)
            .ToList();
        if (nearest.Count == 0) return null;
        var citations = new CitationFactory(model);
        var lines = nearest
            .Select(g => TimelineComposer.Line(g[0], question, text, $"{g[0].Label}:", g.Select(e => citations.Cite(e.Fact.Fact)).Distinct().ToList()))
            .ToList();
        var direction = question.AnchorBefore ? "before" : "after";
        var notice = $"Dated events {direction} {DateText.Of(from)}, nearest first. {LatestStatusComposer.Freshness(pool)}";
        return new Answer(AnswerKind.Timeline, lines, citations.Citations, notice, [], null);
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
