using System.Text;
using System.Text.RegularExpressions;
using ChatBot.Knowledge.Data;

namespace ChatBot.Knowledge.Answers.Reading;

/// <summary>
/// Expands chat shorthand in a question ("the maltese FM", "what did the govt fix") into the words the sources use
/// (Data/shorthand.json). A word the sources themselves use as written is left alone.
/// </summary>
internal sealed partial class ChatShorthand
{
    private readonly IReadOnlyDictionary<string, string> _expansions;

    private ChatShorthand(IReadOnlyDictionary<string, string> expansions) => _expansions = expansions;

    public static ChatShorthand Default { get; } = new(Load());

    /// <summary>
    /// The question with each shorthand word the corpus does not use replaced by its expansion, a number run into its
    /// unit ("12km") split from it, as the sources write it ("5.8 km", "12-kilometer"), "4" or "2" before "the"
    /// read as "for" or "to", and "the us" as "the US".
    /// </summary>
    public string Expand(string question, IReadOnlySet<string> vocabulary)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(vocabulary);
        question = NumberWithUnit().Replace(question, "$1 $2");
        question = DigitForWord().Replace(question, m => m.Groups[1].Value == "4" ? "for" : "to");
        // "did the us sign": after "the", a lower-case "us" is the country, never the asker.
        question = TheUs().Replace(question, "$1 US");
        var result = new StringBuilder(question.Length + 16);
        var last = 0;
        foreach (Match word in Word().Matches(question))
        {
            var key = word.Value.ToLowerInvariant();
            if (!_expansions.TryGetValue(key, out var expansion) || vocabulary.Contains(key)) continue;
            result.Append(question, last, word.Index - last).Append(expansion);
            last = word.Index + word.Length;
        }

        return last == 0 ? question : result.Append(question, last, question.Length - last).ToString();
    }

    private static Dictionary<string, string> Load() =>
        new(DataFile.Load<ShorthandFile>("shorthand.json").Expansions, StringComparer.Ordinal);

    // A word with the slashes, apostrophes and dots shorthand uses ("w/", "gov't", "abt."), bounded by spaces or punctuation.
    [GeneratedRegex(@"(?<![\w/'])[\w][\w/'.]*(?<![.'])/?(?![\w/'])", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(\d+(?:\.\d+)?)(km|kms|sq\.?km|mi|m)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberWithUnit();

    // "the envoy 4 the talks", "going 2 the summit": a digit before a determiner or pronoun counts nothing, it stands
    // for the word it sounds like.
    [GeneratedRegex(@"(?<![\w.,])([24])(?=\s+(?:the|a|an|his|her|their|its|this|that|these|those|me|u|you|us|them)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DigitForWord();

    private sealed record ShorthandFile(Dictionary<string, string> Expansions);

    [GeneratedRegex(@"\b([Tt]he) us\b", RegexOptions.CultureInvariant)]
    private static partial Regex TheUs();
}
