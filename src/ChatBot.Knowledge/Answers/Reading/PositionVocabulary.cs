using ChatBot.Knowledge.Data;
using ChatBot.Knowledge.Facts;

namespace ChatBot.Knowledge.Answers.Reading;

/// <summary>The curated lists of Data/positions.json: demonyms, side names and stance verbs.</summary>
internal sealed class PositionVocabulary
{
    private sealed record File(Dictionary<string, string> Demonyms, Dictionary<string, string> Sides, List<string> StanceVerbs, string? CapitalRole, string? CountryRole, double CapitalShare);

    private PositionVocabulary(File file)
    {
        Demonyms = new Dictionary<string, string>(file.Demonyms, StringComparer.Ordinal);
        Sides = new Dictionary<string, string>(file.Sides, StringComparer.Ordinal);
        CapitalRole = file.CapitalRole ?? "";
        CountryRole = file.CountryRole ?? "";
        CapitalShare = file.CapitalShare;
        StanceVerbs = file.StanceVerbs.Select(v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
    }

    public static PositionVocabulary Default { get; } = new(DataFile.Load<File>("positions.json"));

    /// <summary>"armenian" → "armenia".</summary>
    public IReadOnlyDictionary<string, string> Demonyms { get; }

    /// <summary>"usa" → "the United States".</summary>
    public IReadOnlyDictionary<string, string> Sides { get; }

    /// <summary>Verbs (one or more words each, lower-case) that state a position when a party is their subject.</summary>
    public IReadOnlyList<string[]> StanceVerbs { get; }

    /// <summary>How the gazetteer's role of a capital begins ("Capital of"); a capital may stand for its government.</summary>
    public string CapitalRole { get; }

    /// <summary>The gazetteer's role of a country ("Country"): a place a passage may leave unnamed, unlike a city.</summary>
    public string CountryRole { get; }

    /// <summary>The share of a capital's weight a match on its country's name earns.</summary>
    public double CapitalShare { get; }

    public string SideName(string side) => Sides.GetValueOrDefault(side) ?? side;

    /// <summary>True for a capital ("Baku"), by its gazetteer role: it may stand for its country's government.</summary>
    public bool IsCapital(EntityMention mention) =>
        CapitalRole.Length > 0 && mention.Role is { } role && role.StartsWith(CapitalRole, StringComparison.Ordinal);

    /// <summary>True for a country, by its gazetteer role: a place an article about it may leave unnamed.</summary>
    public bool IsCountry(EntityMention mention) =>
        CountryRole.Length > 0 && string.Equals(mention.Role, CountryRole, StringComparison.Ordinal);
}
