namespace ChatBot.Knowledge.Paragraphs;

/// <summary>Small character-level tests shared by the cleaner and the splitter.</summary>
internal static class TextShape
{
    /// <summary>Whitespace for trimming blocks and sentences, including NBSP and zero-width marks.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\uFEFF' or '\u200B' or '\u200C' or '\u200D' or '\u2060';

    public static bool IsTerminator(char c) => c is '.' or '!' or '?' or '\u2026';

    /// <summary>Closing quotes and brackets that may follow a sentence's final punctuation.</summary>
    public static bool IsCloser(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or '\u203A' or ')' or ']';

    public static bool IsOpener(char c) => c is '"' or '\'' or '\u201C' or '\u2018' or '\u00AB' or '\u2039' or '(' or '[' or '\u201E';

    /// <summary>True when the text ends with sentence punctuation, possibly inside closing quotes or brackets.</summary>
    public static bool EndsSentence(string text)
    {
        var i = text.Length - 1;
        while (i >= 0 && IsCloser(text[i]))
        {
            i--;
        }

        return i >= 0 && IsTerminator(text[i]);
    }

    /// <summary>"1. text", "2) text": a numbered item.</summary>
    public static bool IsNumberedItem(string text)
    {
        var i = 0;
        while (i < text.Length && i < 3 && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i > 0 && i + 1 < text.Length && text[i] is '.' or ')' && char.IsWhiteSpace(text[i + 1]);
    }

    /// <summary>2 to 4 capitalised name-shaped words, optionally preceded by "By".</summary>
    public static bool IsNameLike(string text)
    {
        var words = NameWords(text);
        if (words.Length is < 2 or > 4 || text.Length > 50)
        {
            return false;
        }

        foreach (var word in words)
        {
            if (!char.IsUpper(word[0]) || !word.All(c => char.IsLetter(c) || c is '.' or '-' or '\'' or '\u2019'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The name part of a name-like line (without a leading "By").</summary>
    public static string NamePart(string text) => string.Join(' ', NameWords(text));

    private static string[] NameWords(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && string.Equals(words[0], "By", StringComparison.OrdinalIgnoreCase) ? words[1..] : words;
    }
}
