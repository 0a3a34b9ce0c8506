using System.Collections.Frozen;
using ChatBot.Knowledge.Data;

namespace ChatBot.Knowledge.Facts;

/// <summary>The word lists of Data/facts-lexicon.json, ready for lookups.</summary>
internal sealed class FactLexicon
{
    private static readonly Lazy<FactLexicon> LazyDefault = new(() => new FactLexicon(DataFile.Load<FactLexiconFile>("facts-lexicon.json")));

    public FactLexicon(FactLexiconFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        SpeechVerbs = Longest(file.SpeechVerbs);
        SpeechParticiples = Longest(file.SpeechParticiples);
        SubjectFillers = Lower(file.SubjectFillers);
        OfficeWords = Longest(file.OfficeWords);
        Pronouns = file.Pronouns.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        FutureMarkers = Longest(file.FutureMarkers);
        NamingNouns = Lower(file.NamingNouns);
        Determiners = Lower(file.Determiners);
        YearPrepositions = Lower(file.YearPrepositions);
        MonthPrepositions = Lower(file.MonthPrepositions);
        NumberWords = file.NumberWords.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        OrdinalWords = file.OrdinalWords.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Multipliers = file.Multipliers.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        VagueAmounts = file.VagueAmounts.OrderByDescending(p => p.Key.Length).ToList();
        CurrencySymbols = file.CurrencySymbols.ToFrozenDictionary(StringComparer.Ordinal);
        Units = file.Units.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        IrregularPlurals = file.IrregularPlurals.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        UnitStopWords = Lower(file.UnitStopWords);
        ReferenceWords = file.ReferenceWords.ToFrozenSet(StringComparer.Ordinal);
        RoleWords = Lower(file.RoleWords);
        OrganizationSuffixes = file.OrganizationSuffixes.ToFrozenSet(StringComparer.Ordinal);
        PlaceSuffixes = file.PlaceSuffixes.ToFrozenSet(StringComparer.Ordinal);
        SurnameEndings = [.. file.SurnameEndings];
        NameStopWords = file.NameStopWords.ToFrozenSet(StringComparer.Ordinal);
    }

    public static FactLexicon Default => LazyDefault.Value;

    /// <summary>Speech verbs, longest first so "pointed out" wins over shorter forms.</summary>
    public IReadOnlyList<string> SpeechVerbs { get; }

    public IReadOnlyList<string> SpeechParticiples { get; }

    public FrozenSet<string> SubjectFillers { get; }

    public IReadOnlyList<string> OfficeWords { get; }

    public FrozenDictionary<string, string> Pronouns { get; }

    public IReadOnlyList<string> FutureMarkers { get; }

    public FrozenSet<string> NamingNouns { get; }

    public FrozenSet<string> Determiners { get; }

    public FrozenSet<string> YearPrepositions { get; }

    public FrozenSet<string> MonthPrepositions { get; }

    public FrozenDictionary<string, decimal> NumberWords { get; }

    public FrozenDictionary<string, decimal> OrdinalWords { get; }

    public FrozenDictionary<string, decimal> Multipliers { get; }

    /// <summary>"tens of thousands" and friends, longest first.</summary>
    public IReadOnlyList<KeyValuePair<string, decimal>> VagueAmounts { get; }

    public FrozenDictionary<string, string> CurrencySymbols { get; }

    public FrozenDictionary<string, string> Units { get; }

    public FrozenDictionary<string, string> IrregularPlurals { get; }

    public FrozenSet<string> UnitStopWords { get; }

    public FrozenSet<string> ReferenceWords { get; }

    public FrozenSet<string> RoleWords { get; }

    public FrozenSet<string> OrganizationSuffixes { get; }

    public FrozenSet<string> PlaceSuffixes { get; }

    public IReadOnlyList<string> SurnameEndings { get; }

    public FrozenSet<string> NameStopWords { get; }

    private static List<string> Longest(IEnumerable<string> words) => [.. words.Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(w => w.Length)];

    private static FrozenSet<string> Lower(IEnumerable<string> words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
