using System.Text.RegularExpressions;

namespace ChatBot.Knowledge.Answers.Reading;

/// <summary>
/// A cue from the question vocabulary, matched on whole words in a lower-case question; "*" in the cue stands for
/// any words in between ("how did * develop").
/// </summary>
internal sealed class CuePhrase
{
    private readonly Regex _pattern;

    public CuePhrase(string cue)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cue);
        Text = cue;
        var parts = cue.Split('*', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Word);
        _pattern = new Regex(string.Join(@"\b.*?\b", parts), RegexOptions.CultureInvariant | RegexOptions.Singleline);
    }

    public string Text { get; }

    /// <summary>Where the cue starts and ends in <paramref name="lower"/>, or null when it is not there.</summary>
    public (int Start, int End)? Find(string lower)
    {
        var match = _pattern.Match(lower);
        return match.Success ? (match.Index, match.Index + match.Length) : null;
    }

    public bool IsIn(string lower) => _pattern.IsMatch(lower);

    private static string Word(string part)
    {
        var escaped = Regex.Escape(part).Replace("'", "['\u2019]", StringComparison.Ordinal);
        var start = char.IsLetterOrDigit(part[0]) ? @"\b" : "";
        var end = char.IsLetterOrDigit(part[^1]) ? @"\b" : "";
        return start + escaped + end;
    }
}
