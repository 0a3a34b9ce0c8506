namespace ChatBot.Knowledge.Paragraphs;

/// <summary>A classified block of an article, with its place in the original text.</summary>
/// <param name="Kind">What the block is.</param>
/// <param name="Start">Character offset of the first character in the article text.</param>
/// <param name="Length">Number of characters; <c>text.Substring(Start, Length) == Text</c>.</param>
/// <param name="Text">The block, verbatim (trimmed of surrounding whitespace only).</param>
/// <param name="Section">The nearest section heading above a body block, if any.</param>
public sealed record Block(BlockKind Kind, int Start, int Length, string Text, string? Section = null)
{
    public int End => Start + Length;
}
