using ChatBot.Knowledge.Corpus;
using ChatBot.Knowledge.Paragraphs;

namespace ChatBot.Knowledge.Indexing;

/// <summary>A body paragraph of an article, with its analyzed terms.</summary>
/// <param name="Id">Ordinal in the snapshot.</param>
/// <param name="Source">The article.</param>
/// <param name="Number">0-based number among the article's body paragraphs (citations' Paragraph).</param>
/// <param name="Block">The block, with offsets into the article text.</param>
/// <param name="Terms">Stemmed terms of the paragraph and its section heading.</param>
internal sealed record IndexedParagraph(int Id, Source Source, int Number, Block Block, IReadOnlySet<string> Terms)
{
    public List<IndexedFact> Facts { get; } = [];
}
