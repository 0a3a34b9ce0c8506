using System.Text.RegularExpressions;
using ChatBot.Knowledge.Data;

namespace ChatBot.Knowledge.Answers.Reading;

/// <summary>
/// Reads which state of things a sentence describes, from the contrasting word groups of Data/status.json
/// ("within reach" against "remain divergent"). The longest phrase wins where phrases overlap, so "did not make
/// progress" is not read as progress.
/// </summary>
internal sealed class StatusVocabulary
{
    private sealed record StateFile(string Id, string Label, List<string> Phrases);

    private sealed record File(List<StateFile> States, List<string> AttributionCues);

    private readonly List<(string Id, Regex Pattern, int Length)> _phrases;

    private StatusVocabulary(File file)
    {
        Labels = file.States.ToDictionary(s => s.Id, s => s.Label, StringComparer.Ordinal);
        _phrases = file.States
            .SelectMany(s => s.Phrases.Select(p => (s.Id, new Regex($@"(?<![\w-]){Regex.Escape(p)}(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), p.Length)))
            .OrderByDescending(p => p.Length)
            .ToList();
        _attribution = file.AttributionCues.Select(c => new Regex($@"(?<![\w-]){Regex.Escape(c)}(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)).ToList();
    }

    private readonly List<Regex> _attribution;

    /// <summary>True when the sentence says whose view it reports ("according to the statement", "Blinken said").</summary>
    public bool IsAttributed(string sentence) => _attribution.Any(a => a.IsMatch(sentence));

    public static StatusVocabulary Default { get; } = new(DataFile.Load<File>("status.json"));

    /// <summary>State id → label shown to the user ("progress" → "Progress").</summary>
    public IReadOnlyDictionary<string, string> Labels { get; }

    /// <summary>The one state <paramref name="sentence"/> describes, or null when it names none or several.</summary>
    public string? StateOf(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var taken = new List<(int Start, int End)>();
        var states = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, pattern, _) in _phrases)
        {
            foreach (Match match in pattern.Matches(sentence))
            {
                var (start, end) = (match.Index, match.Index + match.Length);
                if (taken.Any(t => t.Start < end && start < t.End)) continue;
                taken.Add((start, end));
                states.Add(id);
            }
        }

        return states.Count == 1 ? states.First() : null;
    }
}
