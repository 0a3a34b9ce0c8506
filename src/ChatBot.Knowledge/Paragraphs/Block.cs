namespace ChatBot.Knowledge.Paragraphs;

/// <summary>A classified block of an article, with its place in the original text.</summary>
/// <remarks>
/// A block keeps the article text it points into, not a copy of its own characters: a corpus of thousands of
/// articles would otherwise hold its body text twice over for as long as it serves.
/// </remarks>
public sealed record Block
{
    private readonly string _article;

    /// <param name="kind">What the block is.</param>
    /// <param name="article">The whole article text; the block is its characters <paramref name="start"/> to start + <paramref name="length"/>.</param>
    /// <param name="start">Character offset of the first character in the article text.</param>
    /// <param name="length">Number of characters.</param>
    /// <param name="section">The nearest section heading above a body block, if any.</param>
    public Block(BlockKind kind, string article, int start, int length, string? section = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, article.Length - start);
        _article = article;
        Kind = kind;
        Start = start;
        Length = length;
        Section = section;
    }

    public BlockKind Kind { get; }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    /// <summary>The block, verbatim (trimmed of surrounding whitespace only); cut from the article text on each use.</summary>
    public string Text => _article.Substring(Start, Length);

    /// <summary>The nearest section heading above a body block, if any.</summary>
    public string? Section { get; }
}
