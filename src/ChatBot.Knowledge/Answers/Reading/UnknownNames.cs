using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ChatBot.Knowledge.Facts;
using ChatBot.Knowledge.Indexing;

namespace ChatBot.Knowledge.Answers.Reading;

/// <summary>
/// Proper names in a question that the sources never mention ("World War II", "Champions League", "Outlook"):
/// a question about one of them is about something else, however many of its other words ("war", "end") the
/// sources share.
/// </summary>
internal static partial class UnknownNames
{
    private static readonly ConditionalWeakTable<CorpusModel, HashSet<string>> BodyWords = [];
    private static readonly ConditionalWeakTable<CorpusModel, HashSet<string>> BodyNames = [];
    private static readonly ConditionalWeakTable<CorpusModel, HashSet<string>> LowerCaseWords = [];
    private static readonly ConditionalWeakTable<CorpusModel, string> BodyText = [];

    /// <summary>Shortest name a misspelling may be corrected to, and the letters it must start with alike.</summary>
    private const int MinNameLength = 5;

    /// <summary>
    /// The name the sources spell a little differently ("Kiranc" for "Kirants"): a word capitalised inside an
    /// article's sentence, within two edits and starting with the same four letters; null when there is none.
    /// </summary>
    public static string? NearestName(string word, CorpusModel model)
    {
        var lower = word.ToLowerInvariant();
        if (lower.Length < MinNameLength) return null;
        var names = BodyNames.GetValue(model, CollectNames);
        if (names.Contains(lower)) return null;
        return names
            .Where(n => n.Length >= MinNameLength && string.CompareOrdinal(n, 0, lower, 0, MinNameLength - 1) == 0)
            .Select(n => (Name: n, Distance: SpellingCorrector.Distance(lower, n, 2)))
            .Where(c => c.Distance <= 2)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();
    }

    /// <summary>
    /// True when the articles write <paramref name="word"/> capitalised inside a sentence and never in lower case: a
    /// name ("Bayramov", "Washington", "Turkey"), not a word that is sometimes one ("may", "president").
    /// </summary>
    public static bool IsBodyName(string word, CorpusModel model)
    {
        var lower = word.ToLowerInvariant();
        return BodyNames.GetValue(model, CollectNames).Contains(lower) && !LowerCaseWords.GetValue(model, CollectLowerCase).Contains(lower);
    }

    /// <summary>True when some article's body uses <paramref name="phrase"/> as written, case aside ("Secretary of State").</summary>
    public static bool IsCorpusPhrase(string phrase, CorpusModel model) =>
        BodyText.GetValue(model, m => string.Join('\n', m.Articles.SelectMany(a => a.BodyParagraphs).Select(b => TextFolding.Fold(b.Text))))
            .Contains(TextFolding.Fold(phrase), StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the articles' bodies use <paramref name="word"/> in lower case somewhere ("may", "turkey" never).</summary>
    public static bool IsLowerCaseWord(string word, CorpusModel model) =>
        LowerCaseWords.GetValue(model, CollectLowerCase).Contains(word.ToLowerInvariant());

    /// <summary>
    /// Capitalised words of the (spelling-corrected) question that are neither known entities nor words of any
    /// article's body, and known names that no article's body mentions ("Georgia", known from a reader comment only).
    /// </summary>
    public static IReadOnlyList<string> Find(string question, IReadOnlyList<EntityMention> known, CorpusModel model)
    {
        var words = BodyWords.GetValue(model, Collect);
        // Word by word, so a question costs a few lookups whatever the corpus's size.
        bool InBodies(string name) => AnyWord().Matches(TextFolding.Fold(name).ToLowerInvariant()).All(w => words.Contains(w.Value));
        var unknown = known
            .Where(m => m.IsKnown && !InBodies(m.Name) && !InBodies(m.Span.Of(question)))
            .Select(m => m.Span.Of(question))
            .ToList();
        foreach (Match word in CapitalisedWord().Matches(question))
        {
            if (word.Length < 2 || known.Any(m => m.Span.Start < word.Index + word.Length && word.Index < m.Span.End)) continue;
            // The capital of a question's first word says nothing about it being a name ("Should", "Besides").
            if (IsSentenceStart(question, word.Index) && !word.Value.Skip(1).Any(c => char.IsUpper(c) || char.IsDigit(c))) continue;
            if (!words.Contains(word.Value.ToLowerInvariant())) unknown.Add(word.Value);
        }

        return unknown;
    }

    private static bool IsSentenceStart(string text, int at)
    {
        var before = text[..at].TrimEnd();
        return before.Length == 0 || before[^1] is '.' or '?' or '!' or ':' or '"' or '\u201c';
    }

    private static HashSet<string> Collect(CorpusModel model) =>
        model.Articles
            .SelectMany(a => a.BodyParagraphs)
            .SelectMany(b => AnyWord().Matches(TextFolding.Fold(b.Text).ToLowerInvariant()).Select(m => m.Value))
            .ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> CollectNames(CorpusModel model) =>
        model.Articles
            .SelectMany(a => a.BodyParagraphs)
            .SelectMany(b => CapitalisedWord().Matches(TextFolding.Fold(b.Text)).Where(m => !IsSentenceStart(b.Text, m.Index)).Select(m => m.Value.ToLowerInvariant()))
            .ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> CollectLowerCase(CorpusModel model) =>
        model.Articles
            .SelectMany(a => a.BodyParagraphs)
            .SelectMany(b => LowerCaseWord().Matches(TextFolding.Fold(b.Text)).Select(m => m.Value))
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\b\p{Ll}[\p{L}\p{N}]*")]
    private static partial Regex LowerCaseWord();

    [GeneratedRegex(@"\b[A-Z][\p{L}\p{N}]*")]
    private static partial Regex CapitalisedWord();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex AnyWord();
}
