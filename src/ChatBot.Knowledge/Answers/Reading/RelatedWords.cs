using ChatBot.Knowledge.Data;

namespace ChatBot.Knowledge.Answers.Reading;

/// <summary>
/// The curated related words of Data/related-words.json: irregular verb forms ("came" for "come") and conservative
/// synonyms ("gift" for "present"), each with the share of a word's weight a match on it earns.
/// </summary>
internal sealed class RelatedWords
{
    private sealed record File(double FormShare, double SynonymShare, List<List<string>> Forms, List<List<string>> Synonyms);

    private readonly Dictionary<string, Dictionary<string, double>> _related = new(StringComparer.Ordinal);

    private RelatedWords(File file)
    {
        Add(file.Synonyms, file.SynonymShare);
        Add(file.Forms, file.FormShare);
    }

    public static RelatedWords Default { get; } = new(DataFile.Load<File>("related-words.json"));

    /// <summary>Words that may stand for <paramref name="word"/> (lower-case), with their share of its weight.</summary>
    public IReadOnlyDictionary<string, double> Of(string word) =>
        _related.TryGetValue(word, out var related) ? related : new Dictionary<string, double>(StringComparer.Ordinal);

    private void Add(List<List<string>> groups, double share)
    {
        foreach (var group in groups)
        {
            foreach (var word in group)
            {
                if (!_related.TryGetValue(word, out var related)) _related[word] = related = new(StringComparer.Ordinal);
                foreach (var other in group.Where(o => !string.Equals(o, word, StringComparison.Ordinal))) related[other] = share;
            }
        }
    }
}
