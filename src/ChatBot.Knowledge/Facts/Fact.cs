using ChatBot.Knowledge.Paragraphs;

namespace ChatBot.Knowledge.Facts;

/// <summary>One sentence of body text and what was extracted from it.</summary>
/// <param name="Span">Where the sentence is in the article text.</param>
/// <param name="Text">The sentence, verbatim.</param>
/// <param name="Dates">Dates it mentions, in order of appearance.</param>
/// <param name="Quantities">Numbers with units.</param>
/// <param name="Entities">People, places and organisations it names.</param>
/// <param name="Speaker">Canonical name of who said it (quote or reported speech), or null.</param>
/// <param name="Topics">Topic ids from the topics data file.</param>
public sealed record Fact(
    TextSpan Span,
    string Text,
    IReadOnlyList<EventDate> Dates,
    IReadOnlyList<Quantity> Quantities,
    IReadOnlyList<EntityMention> Entities,
    string? Speaker,
    IReadOnlyList<string> Topics);
