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
    /// The question with each shorthand word the corpus does not use replaced by its expansion, and a number run into
    /// its unit ("12km") split from it, as the sources write it ("5.8 km", "12-kilometer").
    /// </summary>
    public string Expand(string question, IReadOnlySet<string> vocabulary)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(vocabulary);
        question = NumberWithUnit().Replace(question, "$1 $2");
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

    private sealed record ShorthandFile(Dictionary<string, string> Expansions);
}
