namespace ChatBot.Knowledge.Facts;

/// <summary>Character-level helpers shared by the extractors.</summary>
internal static class TextScan
{
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>True when <paramref name="start"/>..<paramref name="end"/> is not glued to letters or digits on either side.</summary>
    public static bool IsWholeWord(string text, int start, int end) =>
        (start == 0 || !IsWordChar(text[start - 1])) && (end >= text.Length || !IsWordChar(text[end]));

    /// <summary>Same-length copy with typographic apostrophes and dashes made plain, so curated names match either spelling.</summary>
    public static string NormalizePunctuation(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] switch
                {
                    '\u2019' or '\u2018' or '\u02BC' => '\'',
                    '\u2010' or '\u2011' => '-',
                    _ => source[i],
                };
            }
        });

    /// <summary>Words (runs of letters, digits, apostrophes inside words, and inner hyphens) with their offsets.</summary>
    public static List<(int Start, int End)> Words(string text)
    {
        var words = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (IsWordChar(text[i]) || IsInnerJoiner(text, i)))
            {
                i++;
            }

            words.Add((start, i));
        }

        return words;
    }

    public static bool IsCapitalized(string word) => word.Length > 0 && char.IsUpper(word[0]);

    public static int CountWords(string text) => Words(text).Count;

    private static bool IsInnerJoiner(string text, int i) =>
        text[i] is '-' or '\'' or '\u2019' && i > 0 && i + 1 < text.Length && IsWordChar(text[i - 1]) && IsWordChar(text[i + 1]);
}
