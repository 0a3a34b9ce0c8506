using System.Collections.Frozen;
using ChatBot.Knowledge.Data;
using ChatBot.Knowledge.Paragraphs;

namespace ChatBot.Knowledge.Facts;

/// <summary>The curated list of people, places and organisations (Data/gazetteer.json).</summary>
public sealed class Gazetteer
{
    /// <summary>Aliases this short are matched case-sensitively ("US" is not "us").</summary>
    private const int CaseSensitiveMaxLength = 4;

    private static readonly Lazy<Gazetteer> LazyDefault = new(Load);

    private readonly FrozenDictionary<string, List<(string Alias, GazetteerEntry Entry)>> _byFirstWord;
    private readonly FrozenDictionary<string, GazetteerEntry> _byName;
    private readonly FrozenDictionary<string, string> _genders;
    private readonly FrozenDictionary<string, List<GazetteerEntry>> _sharedSurnames;

    public Gazetteer(IReadOnlyList<GazetteerEntry> entries)
        : this(entries, FrozenDictionary<string, string>.Empty)
    {
    }

    internal Gazetteer(IReadOnlyList<GazetteerEntry> entries, IReadOnlyDictionary<string, string> genders)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(genders);
        Entries = entries;
        _genders = genders.ToFrozenDictionary(StringComparer.Ordinal);
        _byName = entries.DistinctBy(e => e.Name, StringComparer.Ordinal).ToFrozenDictionary(e => e.Name, StringComparer.Ordinal);
        _byFirstWord = entries
            .SelectMany(e => e.Aliases.Prepend(e.Name).Distinct(StringComparer.Ordinal).Select(a => (Alias: TextScan.NormalizePunctuation(a), Entry: e)))
            .GroupBy(p => FirstWord(p.Alias), StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Alias.Length).ToList(), StringComparer.OrdinalIgnoreCase);
        _sharedSurnames = SharedSurnames(entries);
    }

    public IReadOnlyList<GazetteerEntry> Entries { get; }

    /// <summary>The gazetteer shipped with the library (Data/gazetteer.json), loaded once.</summary>
    public static Gazetteer LoadDefault() => LazyDefault.Value;

    /// <summary>The entry with this canonical name, or null.</summary>
    public GazetteerEntry? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>"male", "female" or null for a person's canonical name.</summary>
    internal string? GenderOf(string name) => _genders.GetValueOrDefault(name);

    /// <summary>People whose surname is shared with another entry and is therefore no alias ("Grigoryan").</summary>
    internal IReadOnlyList<GazetteerEntry> SharingSurname(string surname) =>
        _sharedSurnames.TryGetValue(surname, out var people) ? people : [];

    /// <summary>Known entities named in <paramref name="text"/>, with spans relative to it; the longest name wins.</summary>
    public IReadOnlyList<EntityMention> FindMentions(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = TextScan.NormalizePunctuation(text);
        var mentions = new List<EntityMention>();
        var next = 0;
        for (var start = 0; start < normalized.Length; start++)
        {
            if (start < next || !TextScan.IsWordChar(normalized[start]) || (start > 0 && TextScan.IsWordChar(normalized[start - 1])))
            {
                continue;
            }

            var match = LongestAt(normalized, start, FirstWord(normalized, start));
            if (match is { } m)
            {
                var e = m.Entry;
                mentions.Add(new EntityMention(e.Name, e.Kind, new TextSpan(start, m.Length), e.Side, e.Role, IsKnown: true));
                next = start + m.Length;
            }
        }

        return mentions;
    }

    private (GazetteerEntry Entry, int Length)? LongestAt(string text, int start, string key)
    {
        if (!_byFirstWord.TryGetValue(key, out var candidates))
        {
            return null;
        }

        foreach (var (alias, entry) in candidates)
        {
            if (start + alias.Length > text.Length)
            {
                continue;
            }

            var comparison = alias.Length <= CaseSensitiveMaxLength ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            if (string.Compare(text, start, alias, 0, alias.Length, comparison) == 0
                && TextScan.IsWholeWord(text, start, start + alias.Length)
                && (comparison == StringComparison.Ordinal || char.IsUpper(text[start]) == char.IsUpper(alias[0]) || !char.IsLetter(alias[0])))
            {
                return (entry, alias.Length);
            }
        }

        return null;
    }

    private static string FirstWord(string text, int start = 0)
    {
        var end = start;
        while (end < text.Length && TextScan.IsWordChar(text[end]))
        {
            end++;
        }

        return text[start..end];
    }

    private static FrozenDictionary<string, List<GazetteerEntry>> SharedSurnames(IReadOnlyList<GazetteerEntry> entries)
    {
        var aliases = entries.SelectMany(e => e.Aliases).ToHashSet(StringComparer.Ordinal);
        return entries
            .Where(e => e.Kind == EntityKind.Person && e.Name.Contains(' ', StringComparison.Ordinal))
            .GroupBy(e => e.Name[(e.Name.LastIndexOf(' ') + 1)..], StringComparer.Ordinal)
            .Where(g => g.Count() > 1 && !aliases.Contains(g.Key))
            .ToFrozenDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    private static Gazetteer Load()
    {
        var file = DataFile.Load<GazetteerFile>("gazetteer.json");
        var entries = file.Entries.Select(e => new GazetteerEntry(e.Name, e.Kind, e.Aliases ?? [], e.Role, e.Side)).ToList();
        var genders = file.Entries.Where(e => e.Gender is not null).ToDictionary(e => e.Name, e => e.Gender!, StringComparer.Ordinal);
        return new Gazetteer(entries, genders);
    }
}
