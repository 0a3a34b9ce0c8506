using System.Globalization;

namespace ChatBot.Knowledge.Paragraphs;

/// <summary>One non-blank line of an article with the surface features the cleaner decides on.</summary>
internal sealed class BlockShape
{
    private const int MaxTitleWords = 14;
    private const int MaxTitleChars = 110;

    public BlockShape(int start, string text, bool hasNoteMark)
    {
        Start = start;
        Text = text;
        HasNoteMark = hasNoteMark;
        WordCount = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        EndsSentence = TextShape.EndsSentence(text);
        IsNumbered = TextShape.IsNumberedItem(text);
        IsBullet = text.Length > 1 && text[0] is '-' or '\u2022' or '*' or '\u2013' or '\u2014' or '\u25aa' && char.IsWhiteSpace(text[1]);
        IsNameLike = TextShape.IsNameLike(text);
        IsTitleLike = !EndsSentence
            && WordCount <= MaxTitleWords
            && text.Length <= MaxTitleChars
            && !IsBullet
            && !IsNumbered
            && text[^1] is not (':' or ',' or ';' or '-' or '\u2013' or '\u2014')
            && (char.IsUpper(text[0]) || char.IsDigit(text[0]));
        IsShortQuestion = WordCount <= MaxTitleWords
            && text[^1] is '?' or '!'
            && char.IsUpper(text[0]);
    }

    public int Start { get; }

    public string Text { get; }

    public int Length => Text.Length;

    /// <summary>The line began with an editorial-note mark.</summary>
    public bool HasNoteMark { get; }

    public int WordCount { get; }

    public bool EndsSentence { get; }

    public bool IsNumbered { get; }

    public bool IsBullet { get; }

    /// <summary>Looks like a person's name (2 to 4 capitalised words), optionally after "By".</summary>
    public bool IsNameLike { get; }

    /// <summary>Short, capitalised and without closing punctuation: a headline or heading candidate.</summary>
    public bool IsTitleLike { get; }

    /// <summary>A short capitalised line ending in ? or !, which may be a headline.</summary>
    public bool IsShortQuestion { get; }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Start}: {Text}");
}
