using ChatBot.Knowledge.Data;
namespace ChatBot.Knowledge.Paragraphs;

/// <summary>The abbreviation lists from <c>Data/abbreviations.json</c>.</summary>
internal sealed class Abbreviations
{
    private readonly HashSet<string> _titles;
    private readonly HashSet<string> _numberPrefixes;
    private readonly HashSet<string> _ambiguous;
    private readonly HashSet<string> _sentenceStarters;

    private Abbreviations(Data data)
    {
        _titles = new HashSet<string>(data.Titles ?? [], StringComparer.OrdinalIgnoreCase);
        _numberPrefixes = new HashSet<string>(data.NumberPrefixes ?? [], StringComparer.OrdinalIgnoreCase);
        _ambiguous = new HashSet<string>(data.Ambiguous ?? [], StringComparer.OrdinalIgnoreCase);
        _sentenceStarters = new HashSet<string>(data.SentenceStarters ?? [], StringComparer.Ordinal);
    }

    public static Abbreviations Default { get; } = new(DataFile.Load<Data>("abbreviations.json"));

    /// <summary>Never ends a sentence ("Mr", "Dr", "e.g").</summary>
    public bool IsTitle(string word) => _titles.Contains(word);

    /// <summary>An abbreviation when a number follows ("No. 5", "Art. 9").</summary>
    public bool IsNumberPrefix(string word) => _numberPrefixes.Contains(word);

    /// <summary>Ends a sentence only when the next word clearly starts one ("etc", "U.S", "Jan").</summary>
    public bool IsAmbiguous(string word) => _ambiguous.Contains(word);

    /// <summary>A capitalised word that typically opens a sentence ("The", "He", "However").</summary>
    public bool IsSentenceStarter(string word) => _sentenceStarters.Contains(word);

    private sealed record Data(
        IReadOnlyList<string>? Titles,
        IReadOnlyList<string>? NumberPrefixes,
        IReadOnlyList<string>? Ambiguous,
        IReadOnlyList<string>? SentenceStarters);
}
