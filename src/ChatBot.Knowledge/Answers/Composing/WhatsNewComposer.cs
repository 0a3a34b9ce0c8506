using ChatBot.Knowledge.Facts;
using ChatBot.Knowledge.Indexing;

namespace ChatBot.Knowledge.Answers.Composing;

/// <summary>
/// "What is new on X since index version N": the facts on a topic that first appeared after that version, newest event
/// first, each with its date and source like the latest-status lines. Null when there is nothing new.
/// </summary>
internal static class WhatsNewComposer
{
    private const int MaxQuoteLength = 220;
    private static readonly string[] ClauseBreaks = ["; ", ", ", " \u2014 ", " \u2013 "];

    /// <param name="snapshot">The serving generation.</param>
    /// <param name="topic">The topic.</param>
    /// <param name="sinceVersion">Facts first seen in this version or earlier are not new.</param>
    /// <param name="untilVersion">Facts first seen after this version are left for a later call.</param>
    /// <param name="maxLines">Most facts quoted; the notice counts the rest.</param>
    public static Answer? Compose(KnowledgeSnapshot snapshot, Topic topic, int sinceVersion, int untilVersion, int maxLines)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(topic);
        var fresh = snapshot.Model.Facts
            .Where(f => f.Fact.Topics.Contains(topic.Id, StringComparer.Ordinal))
            .Where(f => snapshot.FirstSeenVersion(f) is var seen && seen > sinceVersion && seen <= untilVersion)
            .OrderByDescending(f => f.EffectiveDate)
            .ThenByDescending(f => f.Source.Published)
            .ThenBy(f => f.Id)
            .ToList();
        if (fresh.Count == 0) return null;

        var citations = new CitationFactory(snapshot.Model);
        var lines = fresh.Take(maxLines).Select(f => Line(f, citations.Cite(f))).ToList();
        var newest = fresh.Max(f => f.Source.Published);
        var notice = $"The newest source on this is from {LatestStatusComposer.Day(newest)}.";
        if (fresh.Count > lines.Count)
        {
            var rest = fresh.Count - lines.Count;
            notice += $" {rest} more new {(rest == 1 ? "passage" : "passages")} on {topic.Name}; ask \"what's the latest on {(topic.Aliases.Count > 0 ? topic.Aliases[0] : topic.Name)}\" for the whole picture.";
        }

        var focus = new ConversationFocus($"what's new on {topic.Name}", [], [], topic.Id);
        return new Answer(AnswerKind.LatestStatus, lines, citations.Citations, notice, [], focus);
    }

    private static AnswerLine Line(IndexedFact fact, int citation)
    {
        // A sentence that names no date is placed by its article's date, and says so.
        var day = LatestStatusComposer.Day(fact.EffectiveDate);
        var source = fact.Source.Publisher ?? fact.Source.Title;
        var prefix = fact.IsDated ? $"{day} ({source}):" : $"Reported {day} ({source}):";
        var sentence = fact.Fact.Text;
        var end = QuoteEnd(sentence);
        return new AnswerLine(prefix, sentence[..end], null, [citation], ElidedEnd: end < sentence.Length);
    }

    /// <summary>Where a long sentence is cut: after the last clause that fits, else the last word that fits.</summary>
    private static int QuoteEnd(string sentence)
    {
        if (sentence.Length <= MaxQuoteLength) return sentence.Length;
        var window = sentence[..MaxQuoteLength];
        var cut = ClauseBreaks.Select(b => window.LastIndexOf(b, StringComparison.Ordinal)).Max();
        if (cut < MaxQuoteLength / 3) cut = window.LastIndexOf(' ');
        return cut > 0 ? cut : MaxQuoteLength;
    }
}
