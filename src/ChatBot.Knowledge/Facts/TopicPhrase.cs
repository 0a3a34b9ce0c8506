namespace ChatBot.Knowledge.Facts;

/// <summary>A keyword or alias as word stems; a trailing * in the data makes the last word a prefix.</summary>
internal sealed class TopicPhrase
{
    private readonly string[] _stems;
    private readonly bool _lastIsPrefix;

    public TopicPhrase(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var trimmed = phrase.Trim();
        _lastIsPrefix = trimmed.EndsWith('*');
        _stems = _lastIsPrefix ? [.. WordStems.Of(trimmed[..^1])] : WordStems.Of(trimmed);
        if (_lastIsPrefix && _stems.Length > 0)
        {
            // A prefix is compared with the word as written, so it must not be shortened by stemming.
            var text = trimmed[..^1];
            var end = text.Length;
            var start = end;
            while (start > 0 && TextScan.IsWordChar(text[start - 1]))
            {
                start--;
            }

            _stems[^1] = text[start..end].ToLowerInvariant();
        }
    }

    /// <summary>
    /// Number of words that say something: longer phrases are more specific, but "the border" is no more specific
    /// than "border", so an article doesn't count ("the EU monitors on the border" is about the monitors).
    /// </summary>
    public int Length => _stems.Count(s => !Articles.Contains(s));

    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "the", "a", "an" };

    public bool IsEmpty => _stems.Length == 0;

    /// <summary>True when the phrase occurs as consecutive words in <paramref name="stems"/>.</summary>
    public bool MatchesIn(string[] stems)
    {
        if (_stems.Length == 0)
        {
            return false;
        }

        for (var i = 0; i + _stems.Length <= stems.Length; i++)
        {
            if (MatchesAt(stems, i))
            {
                return true;
            }
        }

        return false;
    }

    private bool MatchesAt(string[] stems, int at)
    {
        for (var j = 0; j < _stems.Length; j++)
        {
            var word = stems[at + j];
            var ok = _lastIsPrefix && j == _stems.Length - 1
                ? word.StartsWith(_stems[j], StringComparison.Ordinal)
                : string.Equals(word, _stems[j], StringComparison.Ordinal);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
