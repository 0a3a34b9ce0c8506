namespace ChatBot.Knowledge.Facts;

/// <summary>A known person, place or organisation with the other names it goes by.</summary>
/// <param name="Name">Canonical name, e.g. "Ararat Mirzoyan".</param>
/// <param name="Kind">Person, place, organisation or other.</param>
/// <param name="Aliases">Other spellings and names ("Mirzoyan", "Berdzor" for Lachin).</param>
/// <param name="Role">What the entity is, e.g. "Foreign Minister of Armenia".</param>
/// <param name="Side">Affiliation for positions: "armenia", "azerbaijan", "russia", "usa", "eu", ...</param>
public sealed record GazetteerEntry(string Name, EntityKind Kind, IReadOnlyList<string> Aliases, string? Role, string? Side);
