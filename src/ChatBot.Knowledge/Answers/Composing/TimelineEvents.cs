using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ChatBot.Knowledge.Facts;
using ChatBot.Knowledge.Indexing;
using ChatBot.Knowledge.Answers.Reading;
using ChatBot.Knowledge.Answers.Ranking;

namespace ChatBot.Knowledge.Answers.Composing;

/// <summary>
/// Reads dated events out of facts and merges the same event reported by several sources. A sentence that reports
/// two dated events ("ratified on October 25, and it came into force on November 1") gives one event per date,
/// each quoting its own clause; a date after a deadline word ("by July 1") or after publication is no event.
/// </summary>
internal static class TimelineEvents
{
    private const int MinClauseWords = 6;
    private const double KeyTermIdf = 1.5;
    private const int SharedKeyTerms = 2;
    private const double SharedShare = 0.2;
    private static readonly string[] ClauseBreaks = [", ", "; ", " \u2014 ", " \u2013 "];
    // The key terms of an event's clause (rare enough to tell events apart), by fact and clause: a broad topic's
    // timeline reads thousands of clauses, and they don't change within a generation.
    private static readonly ConditionalWeakTable<CorpusModel, ConcurrentDictionary<(int Fact, int Start, int End), HashSet<string>>> KeyTerms = [];

    private static readonly HashSet<string> LeaningWords = new(StringComparer.OrdinalIgnoreCase) { "and", "but", "though", "although", "while", "which", "when", "it", "they", "this", "these", "he", "she" };

    /// <summary>The dated events the facts report, in date order.</summary>
    public static List<TimelineEvent> From(IEnumerable<ScoredFact> facts)
    {
        var events = new List<TimelineEvent>();
        foreach (var fact in facts)
        {
            var sentence = fact.Fact.Fact.Text;
            var dates = fact.Fact.Fact.Dates.Where(d => IsEvent(d, fact.Fact, sentence)).ToList();
            if (dates.Count == 1)
            {
                events.Add(new TimelineEvent(fact, Capped(dates[0], fact.Fact), 0, TrimEnd(sentence, sentence.Length)));
                continue;
            }

            foreach (var date in dates.GroupBy(DateText.Of).Select(g => g.First()))
            {
                var (start, end) = Clause(sentence, date);
                events.Add(new TimelineEvent(fact, Capped(date, fact.Fact), start, end));
            }
        }

        return [.. Ordered(events)];
    }

    public static IEnumerable<TimelineEvent> Ordered(IEnumerable<TimelineEvent> events) =>
        events.OrderBy(e => e.Date.Date).ThenBy(e => e.Date.Latest).ThenBy(e => e.Fact.Fact.Source.Published).ThenBy(e => e.Fact.Fact.Id);

    /// <summary>Events with the same date whose clauses share key terms are one event; the best-scored report leads.</summary>
    public static List<List<TimelineEvent>> Merge(IReadOnlyList<TimelineEvent> events, CorpusModel model, KnowledgeText text)
    {
        var groups = new List<(List<TimelineEvent> Members, HashSet<string> Terms)>();
        // Only events of the same date merge: each date's groups, in the order they were opened.
        var byDate = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var keyTerms = KeyTerms.GetValue(model, _ => new());
        foreach (var e in events)
        {
            var terms = keyTerms.GetOrAdd((e.Fact.Fact.Id, e.Start, e.End), _ => [.. text.Terms(WithoutDates(e)).Where(t => model.Idf(t) >= KeyTermIdf)]);
            var label = e.Label;
            if (!byDate.TryGetValue(label, out var sameDate)) byDate[label] = sameDate = [];
            var match = sameDate.FirstOrDefault(g => groups[g].Members.All(m => m.Fact.Fact.Id != e.Fact.Fact.Id) && Shared(groups[g].Terms, terms), -1);
            if (match < 0)
            {
                sameDate.Add(groups.Count);
                groups.Add(([e], new HashSet<string>(terms, StringComparer.Ordinal)));
                continue;
            }

            groups[match].Members.Add(e);
            groups[match].Terms.UnionWith(terms);
        }

        return groups.Select(g => g.Members.OrderByDescending(m => m.Fact.Score).ThenBy(m => m.Fact.Fact.Id).ToList()).ToList();
    }

    private static bool Shared(HashSet<string> group, HashSet<string> terms)
    {
        var shared = group.Count(terms.Contains);
        return shared >= SharedKeyTerms && shared >= SharedShare * Math.Min(group.Count, terms.Count);
    }

    /// <summary>The event's clause without its date words: "May" shared by two May events says nothing about the events.</summary>
    private static string WithoutDates(TimelineEvent e)
    {
        var chars = e.Fact.Fact.Fact.Text.ToCharArray();
        foreach (var date in e.Fact.Fact.Fact.Dates)
        {
            for (var i = date.Span.Start; i < date.Span.End; i++) chars[i] = ' ';
        }

        return new string(chars, e.Start, e.End - e.Start);
    }

    private static bool IsEvent(EventDate date, IndexedFact fact, string sentence)
    {
        if (date.Date > fact.Source.Published) return false;
        if (date.Precision == DatePrecision.Year && date.Date.Year >= fact.Source.Published.Year) return false;
        if (date.Precision < DatePrecision.Year) return false;
        // "agreed to finish by July 1" sets a deadline; "By mid-May, both sides had signed" opens with when it happened.
        var before = sentence[..date.Span.Start].TrimEnd();
        var lastSpace = before.LastIndexOf(' ');
        var previous = before[(lastSpace + 1)..].ToLowerInvariant();
        return lastSpace < 0 || !QuestionVocabulary.Default.DeadlineWords.Contains(previous);
    }

    private static EventDate Capped(EventDate date, IndexedFact fact) =>
        date.Latest > fact.Source.Published ? date with { EndDate = fact.Source.Published } : date;

    /// <summary>The clause holding the date, joined to its neighbour when it is too short or leans on the one before.</summary>
    private static (int Start, int End) Clause(string sentence, EventDate date)
    {
        var cuts = new List<int> { 0 };
        foreach (var separator in ClauseBreaks)
        {
            for (var at = sentence.IndexOf(separator, StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(separator, at + 1, StringComparison.Ordinal))
            {
                cuts.Add(at + separator.Length);
            }
        }

        cuts.Add(sentence.Length);
        cuts = [.. cuts.Distinct().Order()];
        var i = cuts.FindLastIndex(c => c <= date.Span.Start);
        var j = Math.Min(i + 1, cuts.Count - 1);
        if (LeansBack(sentence[cuts[i]..cuts[j]]) && i > 0) i--;
        while (Facts.TextScan.CountWords(sentence[cuts[i]..cuts[j]]) < MinClauseWords && j < cuts.Count - 1) j++;
        return (cuts[i], TrimEnd(sentence, cuts[j]));
    }

    private static bool LeansBack(string clause)
    {
        var words = clause.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && LeaningWords.Contains(words[0]) && (words.Length < 2 || LeaningWords.Contains(words[1]) || !char.IsUpper(words[1][0]));
    }

    private static int TrimEnd(string sentence, int end)
    {
        while (end > 0 && (char.IsWhiteSpace(sentence[end - 1]) || sentence[end - 1] is ',' or ';' or ':' or '.')) end--;
        return end;
    }
}
