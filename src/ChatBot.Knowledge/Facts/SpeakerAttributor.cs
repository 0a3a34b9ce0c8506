using System.Text.RegularExpressions;

namespace ChatBot.Knowledge.Facts;

/// <summary>
/// Works out who said a sentence: quotes ("…,” Mirzoyan said / said Mirzoyan), reported speech ("X told reporters",
/// "X's office stated", "according to X"), and pronouns or roles ("He added", "the prime minister noted") resolved
/// to the people mentioned just before.
/// </summary>
public sealed partial class SpeakerAttributor
{
    private readonly Gazetteer _gazetteer;
    private readonly FactLexicon _lexicon;
    private readonly Regex _officeSuffix;

    public SpeakerAttributor(Gazetteer gazetteer)
        : this(gazetteer, FactLexicon.Default)
    {
    }

    internal SpeakerAttributor(Gazetteer gazetteer, FactLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(lexicon);
        _gazetteer = gazetteer;
        _lexicon = lexicon;
        var offices = string.Join('|', lexicon.OfficeWords.Select(w => Regex.Escape(w).Replace("\\ ", "\\s+", StringComparison.Ordinal)));
        _officeSuffix = new Regex("'s\\s+(?:" + offices + ")\\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    }

    /// <summary>Canonical name of the speaker, or null when the sentence attributes nothing.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="entities">Its entity mentions (known and guessed), spans relative to the sentence.</param>
    /// <param name="recentPeople">Canonical names of people named or quoted before it, most recent first.</param>
    public string? Attribute(string sentence, IReadOnlyList<EntityMention> entities, IReadOnlyList<string> recentPeople)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(recentPeople);
        var text = TextScan.NormalizePunctuation(sentence);
        var speakers = entities.Where(e => e.Kind is EntityKind.Person or EntityKind.Organization).OrderBy(e => e.Span.Start).ToList();
        foreach (var verb in Occurrences(text, _lexicon.SpeechVerbs))
        {
            if (InsideQuote(text, verb.Start))
            {
                continue;
            }

            var who = Inverted(text, verb, speakers) ?? Subject(text, verb.Start, speakers, recentPeople);
            if (who is not null)
            {
                return who;
            }
        }

        foreach (var participle in Occurrences(text, _lexicon.SpeechParticiples))
        {
            if (!InsideQuote(text, participle.Start) && SentenceSubject(text, participle.Start, speakers, recentPeople) is { } who)
            {
                return who;
            }
        }

        return AccordingTo(text, speakers);
    }

    /// <summary>"…,” said Mirzoyan" / "‘…’, wrote Jafarli".</summary>
    private static string? Inverted(string text, (int Start, int End) verb, List<EntityMention> speakers)
    {
        var before = text.AsSpan(0, verb.Start).TrimEnd();
        if (before.IsEmpty || before[^1] is not (',' or '\u201D' or '"' or '\''))
        {
            return null;
        }

        var after = verb.End;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        return speakers.FirstOrDefault(s => s.Span.Start == after)?.Name;
    }

    private string? Subject(string text, int verbStart, List<EntityMention> speakers, IReadOnlyList<string> people)
    {
        var end = TrimFillers(text, verbStart);
        if (end <= 0)
        {
            return null;
        }

        if (EndingAt(text, end, speakers) is { } direct)
        {
            return direct.Name;
        }

        var lastWord = LastWord(text, end);
        if (_lexicon.Pronouns.TryGetValue(lastWord.Word, out var gender))
        {
            // "X was optimistic … He noted": a person named earlier in the same sentence comes first.
            var earlier = speakers.Where(s => s.Kind == EntityKind.Person && s.Span.End <= lastWord.Start).Select(s => s.Name).Reverse();
            return Pronoun(gender, [.. earlier, .. people]);
        }

        if (Role(text[..end], people) is { } byRole)
        {
            return byRole;
        }

        return text[end - 1] == ',' ? Appositive(text, end - 1, speakers) : AppositiveWithoutClosingComma(text, end, speakers) ?? Nearby(text, verbStart, speakers);
    }

    /// <summary>"Armen Grigoryan, Secretary of the Security Council, told": prefer the person heading the appositive.</summary>
    private string? Appositive(string text, int comma, List<EntityMention> speakers)
    {
        var inner = TrimEndAt(text, comma);
        var inside = EndingAt(text, inner, speakers);
        var open = text.LastIndexOf(',', Math.Max(0, inner - 1));
        var head = open > 0 ? EndingAt(text, TrimEndAt(text, open), speakers) : null;
        return new[] { head, inside }.FirstOrDefault(e => e?.Kind == EntityKind.Person)?.Name ?? (head ?? inside)?.Name;
    }

    /// <summary>"Hasmik Tolmajyan, the Armenian ambassador in Paris said".</summary>
    private string? AppositiveWithoutClosingComma(string text, int end, List<EntityMention> speakers)
    {
        var comma = text.LastIndexOf(',', end - 1);
        if (comma <= 0)
        {
            return null;
        }

        var segment = text[(comma + 1)..end].TrimStart();
        if (segment.Length == 0 || !char.IsLower(segment[0]) || TextScan.CountWords(segment) > 8)
        {
            return null;
        }

        return EndingAt(text, TrimEndAt(text, comma), speakers) is { Kind: EntityKind.Person } head ? head.Name : null;
    }

    /// <summary>"Ilham Aliyev of Azerbaijan demanded": the nearest person a few words back in the same clause.</summary>
    private static string? Nearby(string text, int verbStart, List<EntityMention> speakers)
    {
        var person = speakers.LastOrDefault(s => s.Kind == EntityKind.Person && s.Span.End <= verbStart);
        if (person is null)
        {
            return null;
        }

        var gap = text[person.Span.End..verbStart];
        return gap.IndexOfAny([',', ';', ':', '"', '\u201C', '\u201D']) < 0 && TextScan.CountWords(gap) <= 10 ? person.Name : null;
    }

    /// <summary>For "…, saying …": the subject is the sentence's first person, or its opening pronoun.</summary>
    private string? SentenceSubject(string text, int participleStart, List<EntityMention> speakers, IReadOnlyList<string> people)
    {
        var first = TextScan.Words(text).FirstOrDefault();
        if (first != default && _lexicon.Pronouns.TryGetValue(text[first.Start..first.End], out var gender))
        {
            return Pronoun(gender, people);
        }

        return speakers.FirstOrDefault(s => s.Kind == EntityKind.Person && s.Span.End <= participleStart)?.Name
            ?? LeadingRole(text, people);
    }

    private static string? AccordingTo(string text, List<EntityMention> speakers)
    {
        var at = text.IndexOf("according to", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var stop = text.IndexOfAny([',', '.', ';'], at);
        stop = stop < 0 ? text.Length : stop;
        var within = speakers.Where(s => s.Span.Start > at && s.Span.End <= stop).ToList();
        return (within.FirstOrDefault(s => s.Kind == EntityKind.Person) ?? within.FirstOrDefault())?.Name;
    }

    private string? Pronoun(string gender, IReadOnlyList<string> people) =>
        people.FirstOrDefault(p => string.Equals(_gazetteer.GenderOf(p), gender, StringComparison.Ordinal))
        ?? people.FirstOrDefault(p => _gazetteer.GenderOf(p) is null);

    /// <summary>"The Prime Minister addressed …, noting": a role opening the sentence.</summary>
    private string? LeadingRole(string text, IReadOnlyList<string> people)
    {
        var words = TextScan.Words(text).Take(4).ToList();
        if (words.Count < 2 || !string.Equals(text[words[0].Start..words[0].End], "the", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        for (var n = 2; n <= words.Count; n++)
        {
            if (Role(text[..words[n - 1].End], people) is { } who)
            {
                return who;
            }
        }

        return null;
    }

    /// <summary>"The prime minister emphasized": the latest person whose role contains those words.</summary>
    private string? Role(string before, IReadOnlyList<string> people)
    {
        var match = RolePhrase().Match(before);
        if (!match.Success || !_lexicon.RoleWords.Contains(match.Groups["last"].Value))
        {
            return null;
        }

        var role = match.Groups["role"].Value;
        return people.FirstOrDefault(p => _gazetteer.Find(p)?.Role?.Contains(role, StringComparison.OrdinalIgnoreCase) == true);
    }

    /// <summary>End of the subject before a verb, past adverbs and auxiliaries ("has repeatedly stated").</summary>
    private int TrimFillers(string text, int end)
    {
        end = TrimEndAt(text, end);
        while (end > 0)
        {
            var (word, start) = LastWord(text, end);
            if (word.Length == 0 || start + word.Length != end || !_lexicon.SubjectFillers.Contains(word))
            {
                break;
            }

            end = TrimEndAt(text, start);
        }

        return end;
    }

    /// <summary>A speaker whose mention ends at <paramref name="end"/>, also as "X's office" or "X's spokesperson".</summary>
    private EntityMention? EndingAt(string text, int end, List<EntityMention> speakers)
    {
        var direct = speakers.LastOrDefault(s => s.Span.End == end);
        if (direct is not null)
        {
            return direct;
        }

        var office = _officeSuffix.Match(text[..end]);
        return office.Success ? speakers.LastOrDefault(s => s.Span.End == office.Index) : null;
    }

    private static (string Word, int Start) LastWord(string text, int end)
    {
        var start = end;
        while (start > 0 && TextScan.IsWordChar(text[start - 1]))
        {
            start--;
        }

        return (text[start..end], start);
    }

    private static int TrimEndAt(string text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static IEnumerable<(int Start, int End)> Occurrences(string text, IReadOnlyList<string> words)
    {
        var found = new List<(int Start, int End)>();
        foreach (var word in words)
        {
            for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
            {
                if (TextScan.IsWholeWord(text, i, i + word.Length) && !found.Any(f => f.Start <= i && i < f.End))
                {
                    found.Add((i, i + word.Length));
                }
            }
        }

        return found.OrderBy(f => f.Start);
    }

    /// <summary>Inside a double-quoted passage, counting an unmatched closing quote as closing everything before it.</summary>
    private static bool InsideQuote(string text, int index)
    {
        var depth = 0;
        var straight = false;
        for (var i = 0; i < index; i++)
        {
            depth += text[i] switch { '\u201C' => 1, '\u201D' => -1, _ => 0 };
            straight ^= text[i] == '"';
        }

        if (depth > 0 || straight)
        {
            return true;
        }

        var open = text.IndexOf('\u201C', index);
        var close = text.IndexOf('\u201D', index);
        return depth == 0 && close >= 0 && (open < 0 || close < open);
    }

    [GeneratedRegex("(?i:the)\\s+(?<role>(?:[A-Za-z-]+\\s+){0,2}(?<last>[A-Za-z-]+))\\s*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RolePhrase();
}
