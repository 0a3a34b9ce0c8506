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
        _pattern = new Regex(string.Join(@"\b.*?\b", parts.Select(p => $"({p})")), RegexOptions.CultureInvariant | RegexOptions.Singleline);
    }

    public string Text { get; }

    /// <summary>True for a cue with a "*" standing for any words.</summary>
    public bool HasGap => Text.Contains('*', StringComparison.Ordinal);

    /// <summary>Where the cue starts and ends in <paramref name="lower"/>, or null when it is not there.</summary>
    public (int Start, int End)? Find(string lower)
    {
        var match = _pattern.Match(lower);
        return match.Success ? (match.Index, match.Index + match.Length) : null;
    }

    public bool IsIn(string lower) => _pattern.IsMatch(lower);

    /// <summary>
    /// Where the cue's own words are in <paramref name="lower"/>, without what "*" stands for: "where are * at on"
    /// in "where are armenia and turkey at on …" is "where are" and "at on", not the subject between them.
    /// </summary>
    public IEnumerable<(int Start, int End)> WordSpans(string lower)
    {
        var match = _pattern.Match(lower);
        if (!match.Success) yield break;
        for (var group = 1; group < match.Groups.Count; group++)
        {
            yield return (match.Groups[group].Index, match.Groups[group].Index + match.Groups[group].Length);
        }
    }

    private static string Word(string part)
    {
        var escaped = Regex.Escape(part).Replace("'", "['\u2019]", StringComparison.Ordinal);
        var start = char.IsLetterOrDigit(part[0]) ? @"\b" : "";
        var end = char.IsLetterOrDigit(part[^1]) ? @"\b" : "";
        return start + escaped + end;
    }
}
