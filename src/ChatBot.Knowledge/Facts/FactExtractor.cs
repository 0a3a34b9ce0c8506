using ChatBot.Knowledge.Paragraphs;

namespace ChatBot.Knowledge.Facts;

/// <summary>Turns the sentences of one body paragraph into facts.</summary>
public sealed class FactExtractor(Gazetteer gazetteer, TopicCatalog topics)
{
    /// <summary>
    /// One fact per sentence of <paramref name="paragraph"/>. <paramref name="sentences"/> are spans in the
    /// article text; dates resolve against <paramref name="published"/>.
    /// </summary>
    public IReadOnlyList<Fact> ExtractParagraph(string articleText, Block paragraph, IReadOnlyList<TextSpan> sentences, DateOnly published)
    {
        ArgumentNullException.ThrowIfNull(articleText);
        ArgumentNullException.ThrowIfNull(paragraph);
        ArgumentNullException.ThrowIfNull(sentences);
        return sentences
            .Select(s => new Fact(s, s.Of(articleText), [], [], gazetteer.FindMentions(s.Of(articleText)), null, topics.Tag(s.Of(articleText), paragraph.Section)))
            .ToList();
    }
}
