#pragma warning disable CA1822
namespace ChatBot.Knowledge.Paragraphs;

/// <summary>Splits a paragraph into sentences.</summary>
public sealed class SentenceSplitter
{
    public static SentenceSplitter Default { get; } = new();

    /// <summary>Sentence spans relative to <paramref name="text"/>, trimmed of whitespace.</summary>
    public IReadOnlyList<TextSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '.' or '?' or '!' && (i + 1 == text.Length || text[i + 1] == ' '))
            {
                Add(start, i + 1);
                start = i + 1;
            }
        }

        Add(start, text.Length);
        return spans;

        void Add(int from, int to)
        {
            while (from < to && char.IsWhiteSpace(text[from])) from++;
            while (to > from && char.IsWhiteSpace(text[to - 1])) to--;
            if (to > from) spans.Add(new TextSpan(from, to - from));
        }
    }
}
