using ChatBot.Knowledge.Data;

namespace ChatBot.Knowledge.Answers.Reading;

/// <summary>
/// Replaces a word the corpus doesn't contain with the closest corpus word ("kazakstan" -> "kazakhstan",
/// "constitutoin" -> "constitution"): one edit, or two for words of eight letters or more, transpositions count once.
/// A common English word (Data/common-words.json) is never a typo, even when the sources don't use it.
/// </summary>
internal static class SpellingCorrector
{
    private sealed record CommonWordsFile(List<string> Words);

    private static readonly HashSet<string> CommonWords =
        DataFile.Load<CommonWordsFile>("common-words.json").Words.ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// True for a frequent English word ("lost", "mars") or an inflection of one ("sits", "handed", "backing"), which is
    /// left as typed: the list holds base forms, and "sits" is not a typo of "site".
    /// </summary>
    public static bool IsCommonWord(string word) => CommonWords.Contains(word) || BaseForms(word).Any(CommonWords.Contains);

    /// <summary>The base forms an inflected word may come from: "sits" -> "sit", "tried" -> "try", "making" -> "make", "stopped" -> "stop".</summary>
    private static IEnumerable<string> BaseForms(string word)
    {
        if (word.Length < 4) yield break;
        foreach (var (suffix, replacements) in Inflections)
        {
            if (!word.EndsWith(suffix, StringComparison.Ordinal) || word.Length - suffix.Length < 2) continue;
            var stem = word[..^suffix.Length];
            foreach (var replacement in replacements) yield return stem + replacement;
            // "stopped", "planning": a doubled last consonant is the inflection's.
            if (stem.Length > 2 && stem[^1] == stem[^2] && !IsVowel(stem[^1])) yield return stem[..^1];
        }
    }

    private static readonly (string Suffix, string[] Replacements)[] Inflections =
    [
        ("ies", ["y"]), ("ied", ["y"]), ("es", ["", "e"]), ("s", [""]), ("ed", ["", "e"]), ("ing", ["", "e"]),
    ];

    public static string? Correct(string word, IReadOnlySet<string> vocabulary)
    {
        if (word.Length < 3 || vocabulary.Contains(word) || IsCommonWord(word)) return null;
        // A number is never a typo: "2027" is a year the sources don't reach, not "2024".
        if (word.Any(char.IsDigit)) return null;
        if (!word.Any(IsVowel)) return WithVowels(word, vocabulary);
        // A three-letter non-word is only read as a question word ("wat", "wen"): any corpus word that close is a guess.
        if (word.Length == 3) return Closest(word, QuestionVocabulary.Default.Interrogatives, 1, minLength: 3);
        // Two edits only for long words: short ones would turn unknown names ("Geneva") into corpus words ("general").
        return Closest(word, vocabulary, word.Length >= 8 ? 2 : 1, minLength: 4);
    }

    /// <summary>
    /// "bck", "nmbr": a word typed without its vowels is the one common or source word with the same first letter and
    /// consonants ("back", "number"); when several fit ("frm": "farm", "form", "from"), none is guessed.
    /// </summary>
    private static string? WithVowels(string word, IReadOnlySet<string> vocabulary)
    {
        var fits = CommonWords.Concat(vocabulary)
            .Where(w => w.Length > word.Length && w[0] == word[0] && Consonants(w) == word)
            .Distinct(StringComparer.Ordinal)
            .Take(2)
            .ToList();
        return fits is [var only] ? only : null;
    }

    private static string Consonants(string word) => string.Concat(word.Where(c => !IsVowel(c)));

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static string? Closest(string word, IEnumerable<string> candidates, int maxEdits, int minLength)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (candidate.Length - word.Length > maxEdits + 1 || word.Length - candidate.Length > maxEdits || candidate.Length < minLength) continue;
            var distance = Math.Min(Distance(word, candidate, maxEdits), Distance(word, Inflected(candidate), maxEdits));
            if (distance < bestDistance || distance == bestDistance && best is not null && SharedPrefix(word, candidate) > SharedPrefix(word, best))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= maxEdits ? best : null;
    }

    /// <summary>
    /// A past tense or plural without its last letter ("accused" -> "accuse"), so a typo of a base form the sources
    /// only inflect ("acuse") reaches it rather than an unrelated word one edit away ("cause").
    /// </summary>
    private static string Inflected(string candidate) =>
        candidate.Length > 4 && candidate[^1] is 'd' or 's' ? candidate[..^1] : candidate;

    /// <summary>Optimal string alignment distance, abandoned early once it exceeds <paramref name="limit"/>.</summary>
    internal static int Distance(string a, string b, int limit)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var rowMin = int.MaxValue;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) value = Math.Min(value, d[i - 2, j - 2] + 1);
                d[i, j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > limit) return limit + 1;
        }

        return d[a.Length, b.Length];
    }

    private static int SharedPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return n;
    }
}
