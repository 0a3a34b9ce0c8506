using ChatBot.Knowledge.Facts;
using ChatBot.Knowledge.Indexing;
using ChatBot.Knowledge.Answers.Reading;
using ChatBot.Knowledge.Answers.Ranking;

namespace ChatBot.Knowledge.Answers.Composing;

/// <summary>
/// "Timeline of X": dated milestones on the topic, oldest first; the same event reported by several sources is one
/// line with all their citations. Undated statements are left out, and the notice says so.
/// </summary>
internal static class TimelineComposer
{
    internal const int MaxLines = 12;

    public static Answer? Compose(ParsedQuestion question, IReadOnlyList<ScoredFact> relevant, CorpusModel model, KnowledgeText text)
    {
        var lines = Lines(question, TimelineEvents.From(relevant), model, text, MaxLines, out var citations);
        if (lines.Count == 0) return null;
        var notice = $"Dated events only, oldest first; undated statements are left out. {LatestStatusComposer.Freshness(relevant)}";
        return new Answer(AnswerKind.Timeline, lines, citations, notice, [], null);
    }

    /// <summary>One line per merged event, at most <paramref name="max"/> (the best-supported), in date order.</summary>
    internal static List<AnswerLine> Lines(ParsedQuestion question, IReadOnlyList<TimelineEvent> events, CorpusModel model, KnowledgeText text, int max, out IReadOnlyList<Citation> cited)
    {
        var merged = TimelineEvents.Merge(events, model, text);
        var kept = merged
            .OrderByDescending(g => g[0].Fact.Score + Weight(g[0].Date.Precision) + 0.1 * (g.Count - 1))
            .Take(max)
            .OrderBy(g => g[0].Date.Date).ThenBy(g => g[0].Date.Latest).ThenBy(g => g[0].Fact.Fact.Source.Published)
            .ToList();
        var citations = new CitationFactory(model);
        var lines = new List<AnswerLine>();
        foreach (var group in kept)
        {
            var positions = group.Select(e => citations.Cite(e.Fact.Fact)).Distinct().ToList();
            lines.Add(Line(group[0], question, text, $"{group[0].Label}:", positions));
        }

        cited = citations.Citations;
        return lines;
    }

    /// <summary>The event's clause as a verbatim quote; a whole long sentence is trimmed around the date.</summary>
    internal static AnswerLine Line(TimelineEvent e, ParsedQuestion question, KnowledgeText text, string prefix, IReadOnlyList<int> citations)
    {
        var sentence = e.Fact.Fact.Fact.Text;
        var whole = sentence.TrimEnd('.', ' ').Length;
        if (e.Start == 0 && e.End >= whole)
        {
            return LeadBuilder.Build(e.Fact with { AnswerSpan = e.Date.Span }, question, text.Terms, prefix, citations) with { Highlight = null };
        }

        return new AnswerLine(prefix, e.Quote, null, citations, e.Start > 0, e.End < whole);
    }

    private static double Weight(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => 0.3,
        DatePrecision.Month => 0.15,
        _ => 0,
    };
}
