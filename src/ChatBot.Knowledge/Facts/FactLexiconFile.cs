namespace ChatBot.Knowledge.Facts;

/// <summary>The shape of Data/facts-lexicon.json.</summary>
internal sealed class FactLexiconFile
{
    public List<string> SpeechVerbs { get; init; } = [];

    public List<string> SpeechParticiples { get; init; } = [];

    public List<string> SubjectFillers { get; init; } = [];

    public List<string> OfficeWords { get; init; } = [];

    public Dictionary<string, string> Pronouns { get; init; } = [];

    public List<string> FutureMarkers { get; init; } = [];

    public List<string> NamingNouns { get; init; } = [];

    public List<string> Determiners { get; init; } = [];

    public List<string> YearPrepositions { get; init; } = [];

    public List<string> MonthPrepositions { get; init; } = [];

    public Dictionary<string, decimal> NumberWords { get; init; } = [];

    public Dictionary<string, decimal> OrdinalWords { get; init; } = [];

    public Dictionary<string, decimal> Multipliers { get; init; } = [];

    public Dictionary<string, decimal> VagueAmounts { get; init; } = [];

    public Dictionary<string, string> CurrencySymbols { get; init; } = [];

    public Dictionary<string, string> Units { get; init; } = [];

    public Dictionary<string, string> IrregularPlurals { get; init; } = [];

    public List<string> UnitStopWords { get; init; } = [];

    public List<string> ReferenceWords { get; init; } = [];

    public List<string> RoleWords { get; init; } = [];

    public List<string> OrganizationSuffixes { get; init; } = [];

    public List<string> PlaceSuffixes { get; init; } = [];

    public List<string> SurnameEndings { get; init; } = [];

    public List<string> NameStopWords { get; init; } = [];
}
