using ChatBot.Knowledge.Facts;
using ChatBot.Knowledge.Indexing;
using ChatBot.Knowledge.Answers.Reading;

namespace ChatBot.Knowledge.Answers.Ranking;

/// <summary>
/// Decides whether a sentence states a party's position: its speaker is that person or belongs to that side
/// (gazetteer affiliations), or a country, capital or body of that side is the subject of a stance verb
/// ("Azerbaijan insists that ...", "Baku also continues to insist ...").
/// </summary>
internal static class StanceMatcher
{
    // Room for "also continues to insist" and "Yerevan and Baku have repeatedly announced".
    private const int MaxWordsBeforeVerb = 4;

    public static bool States(IndexedFact fact, Party party, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentNullException.ThrowIfNull(party);
        if (fact.Fact.Speaker is { } speaker)
        {
            if (party.Person is { } person) return string.Equals(speaker, person, StringComparison.Ordinal);
            if (SideOf(fact, speaker, gazetteer) is { } side) return string.Equals(side, party.Side, StringComparison.Ordinal);
        }

        if (party.Person is { } name)
        {
            var first = fact.Fact.Entities.FirstOrDefault(e => e.Kind == EntityKind.Person);
            return first is not null && string.Equals(first.Name, name, StringComparison.Ordinal) && StanceVerbFollows(fact.Fact.Text, first.Span.End, int.MaxValue);
        }

        return fact.Fact.Entities
            .Where(e => string.Equals(e.Side, party.Side, StringComparison.Ordinal))
            .Any(e => StanceVerbFollows(fact.Fact.Text, e.Span.End, MaxWordsBeforeVerb));
    }

    /// <summary>Who to name for a statement: the speaker, else the party itself.</summary>
    public static string Who(IndexedFact fact, Party party) => fact.Fact.Speaker ?? party.Label;

    private static string? SideOf(IndexedFact fact, string speaker, Gazetteer gazetteer) =>
        fact.Fact.Entities.FirstOrDefault(e => string.Equals(e.Name, speaker, StringComparison.Ordinal))?.Side
        ?? gazetteer.Find(speaker)?.Side;

    private static bool StanceVerbFollows(string sentence, int at, int within)
    {
        var rest = sentence[at..];
        if (rest.StartsWith("'s", StringComparison.Ordinal) || rest.StartsWith("\u2019s", StringComparison.Ordinal)) return false;
        var words = TextScan.Words(TextScan.NormalizePunctuation(rest)).Select(w => rest[w.Start..w.End].ToLowerInvariant()).ToList();
        foreach (var verb in PositionVocabulary.Default.StanceVerbs)
        {
            for (var i = 0; i <= within && i + verb.Length <= words.Count; i++)
            {
                if (verb.Select((w, k) => string.Equals(words[i + k], w, StringComparison.Ordinal)).All(x => x)) return true;
            }
        }

        return false;
    }
}
