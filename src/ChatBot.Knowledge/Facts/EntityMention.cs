using ChatBot.Knowledge.Paragraphs;

namespace ChatBot.Knowledge.Facts;

/// <summary>A person, place or organisation named in a sentence.</summary>
/// <param name="Name">Canonical name from the gazetteer, or the text itself for unknown capitalised names.</param>
/// <param name="Kind">Person, place, organisation or other.</param>
/// <param name="Span">Where the mention is, relative to the sentence.</param>
/// <param name="Side">Affiliation for positions ("armenia", "azerbaijan", "russia", ...), when known.</param>
/// <param name="Role">Role from the gazetteer ("Foreign Minister of Armenia"), when known.</param>
/// <param name="IsKnown">True when it came from the gazetteer, false for the capitalised-name heuristic.</param>
public sealed record EntityMention(string Name, EntityKind Kind, TextSpan Span, string? Side, string? Role, bool IsKnown);
