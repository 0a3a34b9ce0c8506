using System.Text.RegularExpressions;
using ChatBot.Knowledge.Data;
using ChatBot.Knowledge.Facts;
using ChatBot.Knowledge.Paragraphs;

namespace ChatBot.Knowledge.Answers.Reading;

/// <summary>
/// People a question describes by role rather than name ("the Turkish leader", "Azerbaijan's top diplomat", "the
/// clergyman"), found through the gazetteer's roles and sides with the phrases of Data/roles.json.
/// </summary>
internal sealed partial class RoleNames
{
    /// <summary>A role phrase of a question ("Baku's top diplomat"): its words with the side word's, who may hold it, and where it is.</summary>
    internal sealed record RoleMention(IReadOnlyList<string> Words, List<GazetteerEntry> People, TextSpan Span);

    private sealed record RoleGroup(List<string> Words, List<string> Titles);

    private sealed record File(double Share, int Window, List<RoleGroup> Roles, Dictionary<string, string> Sides, List<string> GroupNouns);

    private readonly File _file;
    private readonly List<(string[] Words, RoleGroup Role)> _roles;
    private readonly List<(string[] Words, string Side)> _sides;
    private readonly HashSet<string> _roleWords;
    private readonly HashSet<string> _sideWords;
    private readonly HashSet<string> _groupNouns;

    private RoleNames(File file)
    {
        _file = file;
        _roles = file.Roles.SelectMany(r => r.Words.Select(w => (Split(w), r))).OrderByDescending(p => p.Item1.Length).ToList();
        _sides = file.Sides.Select(kv => (Split(kv.Key), kv.Value)).OrderByDescending(p => p.Item1.Length).ToList();
        _roleWords = _roles.SelectMany(r => r.Words).ToHashSet(StringComparer.Ordinal);
        _sideWords = _sides.SelectMany(s => s.Words).ToHashSet(StringComparer.Ordinal);
        _groupNouns = file.GroupNouns.ToHashSet(StringComparer.Ordinal);
    }

    public static RoleNames Default { get; } = new(DataFile.Load<File>("roles.json"));

    /// <summary>Country adjectives, names and capitals as lower-case word sequences, longest first, with the side each names.</summary>
    public IReadOnlyList<(string[] Words, string Side)> SidePhrases => _sides;

    /// <summary>The share of a word's weight a role's holder's name earns.</summary>
    public double Share => _file.Share;

    /// <summary>True for a lower-case word of a role phrase ("diplomat"): a word to read as typed, never a typo of a corpus word.</summary>
    public bool IsRoleWord(string word) => _roleWords.Contains(word);

    /// <summary>
    /// True for a lower-case word of a country adjective, name or capital ("kazakh"): never a typo of a corpus word
    /// ("Kazakh" is no misspelt "Gazakh"), though it may be a name typed in lower case.
    /// </summary>
    public bool IsSideWord(string word) => _sideWords.Contains(word);

    /// <summary>
    /// True for a word of a country adjective, capital or seat of government the roles know ("Maltese", "White
    /// House") that the question uses: it names a side, not something the sources never mention.
    /// </summary>
    public bool IsSideWord(string question, string word)
    {
        var words = WordPattern().Matches(question.ToLowerInvariant()).Select(m => m.Value).ToArray();
        var lower = word.ToLowerInvariant();
        return _sides.Any(s => s.Words.Contains(lower, StringComparer.Ordinal) && Enumerable.Range(0, words.Length).Any(i => At(words, i, s.Words)));
    }

    /// <summary>
    /// Each role phrase of the question, with the side word near it (or none), the people they may stand for, and
    /// where in the question the phrase and its side word are.
    /// </summary>
    public List<RoleMention> Find(string question, Gazetteer gazetteer) =>
        Scan(question, gazetteer).Where(m => m.Mention.People.Count > 0).Select(m => m.Mention).ToList();

    /// <summary>
    /// The people the question's role phrases stand for, from one reading of it: the holder of a role only one person
    /// holds ("Turkey's special envoy" → Kilic), and for a role asked about for a side, the people naming whom is no
    /// answer about it: those holding it for other sides ("President Aliyev" for "Kazakhstan's president") and, when
    /// the question asks about one role, the known people holding other roles ("Foreign Minister Mirzoyan" for "the
    /// Azerbaijani deputy PM").
    /// </summary>
    public (HashSet<string> Holders, HashSet<string> OtherSidesHolders) Holders(string question, Gazetteer gazetteer)
    {
        var mentions = Scan(question, gazetteer);
        var holders = mentions.Where(m => m.Mention.People.Count == 1).Select(m => m.Mention.People[0].Name).ToHashSet(StringComparer.Ordinal);
        var others = mentions
            .Where(m => m.Side is not null)
            .SelectMany(m => gazetteer.Entries.Where(e => e.Kind == EntityKind.Person && e.Role is { } title && (Holds(title, m.Role) ? !string.Equals(e.Side, m.Side, StringComparison.Ordinal) : mentions.Count == 1)))
            .Select(e => e.Name)
            .ToHashSet(StringComparer.Ordinal);
        return (holders, others);
    }

    private List<(RoleMention Mention, RoleGroup Role, string? Side)> Scan(string question, Gazetteer gazetteer)
    {
        var matches = WordPattern().Matches(question.ToLowerInvariant());
        var words = matches.Select(m => m.Value).ToArray();
        var found = new List<(RoleMention, RoleGroup, string?)>();
        var used = new bool[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            foreach (var (phrase, role) in _roles)
            {
                if (used[i] || RoleEnd(words, i, phrase) is not { } end) continue;
                // "the deputy PM group", "foreign minister level talks": the role describes a body or a kind of talks, not a person.
                if (end < words.Length && _groupNouns.Contains(words[end])) continue;
                for (var k = i; k < end; k++) used[k] = true;
                var side = SideNear(words, i, end, inside: end - i > phrase.Length);
                var people = gazetteer.Entries
                    .Where(e => e.Kind == EntityKind.Person && e.Role is { } title && Holds(title, role))
                    .Where(e => side is null || string.Equals(e.Side, side.Value.Side, StringComparison.Ordinal))
                    .ToList();
                var (first, last) = side is { } at ? (Math.Min(i, at.At), Math.Max(end, at.At + at.Words.Length) - 1) : (i, end - 1);
                people = NarrowedByTitle(people, words.Where((_, k) => k < first || k > last));
                var span = new TextSpan(matches[first].Index, matches[last].Index + matches[last].Length - matches[first].Index);
                found.Add((new RoleMention(side is { } near ? [.. phrase, .. near.Words] : phrase, people, span), role, side?.Side));
                break;
            }
        }

        return found;
    }

    /// <summary>
    /// Where a role phrase starting at a word ends: right after its words, or after them with a side word inside
    /// ("the top US diplomat" is the top diplomat of the US); null when it isn't there.
    /// </summary>
    private int? RoleEnd(string[] words, int at, string[] phrase)
    {
        if (At(words, at, phrase)) return at + phrase.Length;
        for (var split = 1; split < phrase.Length; split++)
        {
            if (!At(words, at, phrase[..split])) return null;
            foreach (var (side, _) in _sides)
            {
                if (At(words, at + split, side) && At(words, at + split + side.Length, phrase[split..])) return at + phrase.Length + side.Length;
            }
        }

        return null;
    }

    /// <summary>
    /// The side named within the window around a role phrase ("Azerbaijan's foreign minister", "official in
    /// Yerevan"), the nearest before it first.
    /// </summary>
    private (string[] Words, string Side, int At)? SideNear(string[] words, int start, int end, bool inside)
    {
        var from = Math.Max(0, start - _file.Window);
        var to = Math.Min(words.Length, end + _file.Window);
        (string[], string, int)? best = null;
        var distance = int.MaxValue;
        for (var i = from; i < to; i++)
        {
            // A role phrase's own words ("envoy to France") are no side of it, unless a side word was found inside.
            if (i >= start && i < end && !inside) continue;
            foreach (var (phrase, side) in _sides)
            {
                if (!At(words, i, phrase)) continue;
                // A side word inside the role phrase ("top US diplomat") is the nearest there is; one before it
                // ("the Armenian ministry spokeswoman … about Russian guards") comes before one after it.
                var away = i < start ? start - i : i < end ? 0 : i - end + _file.Window;
                if (away < distance) (best, distance) = ((phrase, side, i), away);
                break;
            }
        }

        return best;
    }

    /// <summary>
    /// "Yerevan's envoy in France": of several holders of a role, those whose title holds another word of the question
    /// ("Ambassador of Armenia to France"); all of them when no title does.
    /// </summary>
    private static List<GazetteerEntry> NarrowedByTitle(List<GazetteerEntry> people, IEnumerable<string> otherWords)
    {
        if (people.Count < 2) return people;
        var words = otherWords.Where(w => w.Length >= MinTitleWordLength).ToList();
        var narrowed = people.Where(p => p.Role is { } title && Split(title).Intersect(words, StringComparer.Ordinal).Any()).ToList();
        return narrowed.Count > 0 ? narrowed : people;
    }

    /// <summary>Words shorter than this ("of", "the", "to") say nothing about which holder is meant.</summary>
    private const int MinTitleWordLength = 4;

    /// <summary>"Prime Minister of Armenia" holds the premier's role; "Deputy Prime Minister of Armenia" doesn't.</summary>
    private static bool Holds(string title, RoleGroup role) =>
        role.Titles.Any(t => title.Contains(t, StringComparison.OrdinalIgnoreCase) && !IsDeputyOf(title, t));

    /// <summary>"Deputy Prime Minister of Armenia" is no "Prime Minister of" anywhere: a deputy holds the deputy's role only.</summary>
    private static bool IsDeputyOf(string title, string rank) =>
        title.StartsWith(DeputyPrefix, StringComparison.OrdinalIgnoreCase) && title[DeputyPrefix.Length..].StartsWith(rank, StringComparison.OrdinalIgnoreCase);

    private const string DeputyPrefix = "Deputy ";

    private static bool At(string[] words, int at, string[] phrase) =>
        at + phrase.Length <= words.Length && phrase.Select((p, k) => string.Equals(p, words[at + k], StringComparison.Ordinal)).All(same => same);

    private static string[] Split(string phrase) => WordPattern().Matches(phrase.ToLowerInvariant()).Select(m => m.Value).ToArray();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
