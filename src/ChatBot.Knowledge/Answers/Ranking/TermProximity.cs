using ChatBot.Knowledge.Answers.Reading;

namespace ChatBot.Knowledge.Answers.Ranking;

/// <summary>
/// Where a question's words sit in a sentence. Words that stand next to each other in the question ("Armenia's
/// ambassador", "come into force") should stand close in the answering sentence too, and the answer itself should
/// sit next to them ("hosted by ... Murat Nurtleu"). Matching is by word prefix, as cheap as it is tolerant of
/// inflection ("Armenia's" / "Armenian").
/// </summary>
internal static class TermProximity
{
    /// <summary>Characters between two words for them to count as next to each other.</summary>
    internal const int Near = 24;

    /// <summary>Where each of the question's own words (not those carried over from the previous question) occurs.</summary>
    public static List<List<int>> Occurrences(string sentence, ParsedQuestion question)
    {
        var lower = sentence.ToLowerInvariant();
        return question.Concepts.Where(c => !c.FromFocus).Select(c => Find(lower, c.Word)).ToList();
    }

    /// <summary>
    /// Share of the question's neighbouring word pairs (weighted by their mean weight) that are also near each other
    /// in the sentence: 0 when none are, 1 when all are.
    /// </summary>
    public static double PhraseMatch(string sentence, ParsedQuestion question)
    {
        var concepts = question.Concepts.Where(c => !c.FromFocus).ToList();
        if (concepts.Count < 2) return 0;
        var at = Occurrences(sentence, question);
        double total = 0, matched = 0;
        for (var i = 0; i + 1 < concepts.Count; i++)
        {
            var weight = (concepts[i].Weight + concepts[i + 1].Weight) / 2;
            total += weight;
            if (at[i].Any(a => at[i + 1].Any(b => Math.Abs(a - b) <= Near + concepts[i].Word.Length))) matched += weight;
        }

        return total <= 0 ? 0 : matched / total;
    }

    /// <summary>Characters between a span and the nearest of the question's words in the sentence (int.MaxValue when none occurs).</summary>
    public static int Distance(string sentence, int start, int end, ParsedQuestion question)
    {
        var best = int.MaxValue;
        foreach (var list in Occurrences(sentence, question))
        {
            foreach (var at in list)
            {
                if (at >= start && at < end) continue;
                best = Math.Min(best, at < start ? Math.Max(0, start - WordEnd(sentence, at)) : at - end);
            }
        }

        return best;
    }

    private static int WordEnd(string sentence, int at)
    {
        while (at < sentence.Length && char.IsLetterOrDigit(sentence[at])) at++;
        return at;
    }

    private static List<int> Find(string lower, string word)
    {
        var found = new List<int>();
        if (word.Length < 3) return found;
        var stem = word.Length > 5 ? word[..5] : word;
        var whole = word.Length <= 4;
        for (var at = lower.IndexOf(stem, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(stem, at + 1, StringComparison.Ordinal))
        {
            if (at > 0 && char.IsLetterOrDigit(lower[at - 1])) continue;
            if (whole && at + stem.Length < lower.Length && char.IsLetter(lower[at + stem.Length]) && !IsInflection(lower, at + stem.Length)) continue;
            found.Add(at);
        }

        return found;
    }

    /// <summary>A short word may be followed by a plural or verb ending ("talk" / "talks", "host" / "hosted").</summary>
    private static bool IsInflection(string lower, int at)
    {
        var end = at;
        while (end < lower.Length && char.IsLetter(lower[end])) end++;
        return (lower[at..end]) is "s" or "es" or "ed" or "d" or "ing" or "er" or "ers";
    }
}
