namespace ChatBot.Knowledge.Paragraphs;

/// <summary>
/// Splits a paragraph into sentences. A sentence ends at . ! ? or an ellipsis (with any closing quotes and
/// brackets that follow) when whitespace and a non-lowercase start follow, except after abbreviations
/// (<c>Data/abbreviations.json</c>), initials and decimals. Line breaks always end a sentence.
/// </summary>
public sealed class SentenceSplitter
{
    private readonly Abbreviations _abbreviations;

    private SentenceSplitter(Abbreviations abbreviations) => _abbreviations = abbreviations;

    /// <summary>The splitter with the shipped abbreviation lists. Thread-safe.</summary>
    public static SentenceSplitter Default { get; } = new(Abbreviations.Default);

    /// <summary>Sentence spans relative to <paramref name="text"/>, trimmed of whitespace.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<TextSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<TextSpan>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '\n')
            {
                Add(spans, text, start, i);
                start = ++i;
                continue;
            }

            if (!TextShape.IsTerminator(text[i]))
            {
                i++;
                continue;
            }

            var runEnd = i;
            while (runEnd < text.Length && TextShape.IsTerminator(text[runEnd]))
            {
                runEnd++;
            }

            var end = runEnd;
            while (end < text.Length && TextShape.IsCloser(text[end]))
            {
                end++;
            }

            if (IsBoundary(text, i, runEnd, end))
            {
                Add(spans, text, start, end);
                start = end;
            }

            i = runEnd;
        }

        Add(spans, text, start, text.Length);
        return spans;
    }

    /// <summary>Whether the terminator run <c>[run, runEnd)</c> plus closers up to <paramref name="end"/> ends a sentence.</summary>
    private bool IsBoundary(string text, int run, int runEnd, int end)
    {
        if (end < text.Length && !TextShape.IsSpace(text[end]))
        {
            return false;
        }

        var next = end;
        while (next < text.Length && text[next] != '\n' && TextShape.IsSpace(text[next]))
        {
            next++;
        }

        if (next == text.Length || text[next] == '\n')
        {
            return true;
        }

        if (char.IsLower(text[next]))
        {
            return false;
        }

        var isEllipsis = runEnd - run > 1 || text[run] == '\u2026';
        if (isEllipsis)
        {
            return run == 0 || text[run - 1] is not ('[' or '(');
        }

        return text[run] != '.' || !IsAbbreviation(text, run, next);
    }

    /// <summary>Whether the word before the period at <paramref name="dot"/> is an abbreviation in this context.</summary>
    private bool IsAbbreviation(string text, int dot, int next)
    {
        var from = dot;
        while (from > 0 && (char.IsLetterOrDigit(text[from - 1]) || text[from - 1] == '.'))
        {
            from--;
        }

        var word = text[from..dot].TrimStart('.');
        if (word.Length == 0 || !char.IsLetter(word[0]))
        {
            return false;
        }

        if (_abbreviations.IsTitle(word))
        {
            return true;
        }

        if (_abbreviations.IsNumberPrefix(word) && char.IsDigit(text[next]))
        {
            return true;
        }

        var isInitial = word.Length == 1 && char.IsUpper(word[0]);
        var isDottedAcronym = word.Contains('.', StringComparison.Ordinal) && word.Split('.').All(part => part.Length <= 2);
        if (isInitial || isDottedAcronym || _abbreviations.IsAmbiguous(word))
        {
            return !_abbreviations.IsSentenceStarter(NextWord(text, next));
        }

        return false;
    }

    private static string NextWord(string text, int from)
    {
        while (from < text.Length && TextShape.IsOpener(text[from]))
        {
            from++;
        }

        var to = from;
        while (to < text.Length && char.IsLetter(text[to]))
        {
            to++;
        }

        return text[from..to];
    }

    private static void Add(List<TextSpan> spans, string text, int from, int to)
    {
        while (from < to && TextShape.IsSpace(text[from]))
        {
            from++;
        }

        while (to > from && TextShape.IsSpace(text[to - 1]))
        {
            to--;
        }

        if (to > from)
        {
            spans.Add(new TextSpan(from, to - from));
        }
    }
}
