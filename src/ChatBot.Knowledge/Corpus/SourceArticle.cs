using ChatBot.Knowledge.Paragraphs;

namespace ChatBot.Knowledge.Corpus;

/// <summary>An indexed article for display: its metadata, full text and classified blocks.</summary>
/// <param name="Source">Title, publisher, date.</param>
/// <param name="Text">The file's text; block and citation offsets point into it.</param>
/// <param name="Blocks">All blocks; body paragraphs are numbered in order from 0 (citations' Paragraph).</param>
public sealed record SourceArticle(Source Source, string Text, IReadOnlyList<Block> Blocks)
{
    /// <summary>The answerable paragraphs, in order; index = a citation's Paragraph.</summary>
    public IReadOnlyList<Block> BodyParagraphs { get; } = Blocks.Where(b => b.Kind == BlockKind.Body).ToList();
}
