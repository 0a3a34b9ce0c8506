using System.Text;

namespace ChatBot.Knowledge.Embeddings;

/// <summary>
/// Prepares text for the model's tokenizer, which knows only plain ASCII punctuation and single spaces: curly quotes
/// and dashes are straightened, line breaks and tabs become spaces, and very long text is cut (the model reads at most
/// 512 tokens anyway, so the cut only saves tokenizing what it would drop).
/// </summary>
internal static class EmbeddingText
{
    /// <summary>Well past 512 tokens of English, so the model sees as much as it can read.</summary>
    public const int MaxChars = 4000;

    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var length = Math.Min(text.Length, MaxChars);
        var normalized = new StringBuilder(length);
        var pendingSpace = false;
        for (var i = 0; i < length; i++)
        {
            var c = Straighten(text[i]);
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = normalized.Length > 0;
                continue;
            }

            if (pendingSpace) normalized.Append(' ');
            pendingSpace = false;
            normalized.Append(c);
        }

        return normalized.ToString();
    }

    private static char Straighten(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        '\u00A0' or '\u2007' or '\u202F' => ' ',
        '\u2026' => '.',
        _ => c,
    };
}
