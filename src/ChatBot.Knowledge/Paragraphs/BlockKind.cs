namespace ChatBot.Knowledge.Paragraphs;

/// <summary>What a block of an article is. Only <see cref="Body"/> is answerable.</summary>
public enum BlockKind
{
    Headline,
    Caption,
    SectionHeading,
    Body,
    AuthorBio,
    ReaderComment,
    RelatedTeaser,
    Boilerplate,
}
