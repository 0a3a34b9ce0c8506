using System.Globalization;
using ChatBot.Knowledge.Paragraphs;

namespace ChatBot.Knowledge.Facts;

/// <summary>
/// Guesses names the gazetteer does not know: runs of capitalised words ("Hovhannes Nazaretyan",
/// "Agreement on Normalization"), or a single capitalised word after a role ("envoy Kilic").
/// Mentions come back with <see cref="EntityMention.IsKnown"/> false and a guessed kind.
/// </summary>
public sealed class NameFinder
{
    private static readonly Lazy<NameFinder> LazyDefault = new(() => new NameFinder(FactLexicon.Default));

    private static readonly HashSet<string> Connectors = new(["of", "the", "for", "and", "de", "al", "on", "van", "von"], StringComparer.Ordinal);

    private readonly FactLexicon _lexicon;
    private readonly HashSet<string> _calendarWords;

    internal NameFinder(FactLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
        var format = CultureInfo.InvariantCulture.DateTimeFormat;
        _calendarWords = new HashSet<string>(format.MonthNames.Concat(format.DayNames).Where(n => n.Length > 0), StringComparer.Ordinal);
    }

    /// <summary>The finder over the shipped word lists.</summary>
    public static NameFinder Default => LazyDefault.Value;

    /// <summary>Capitalised names in <paramref name="sentence"/> that none of <paramref name="known"/> covers.</summary>
    public IReadOnlyList<EntityMention> Find(string sentence, IReadOnlyList<EntityMention> known)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(known);
        var text = TextScan.NormalizePunctuation(sentence);
        var words = TextScan.Words(text)
            .Where(w => !known.Any(k => k.Span.Start < w.End && w.Start < k.Span.End))
            .ToList();
        var found = new List<EntityMention>();
        var i = 0;
        while (i < words.Count)
        {
            if (!IsNameWord(text, words[i]))
            {
                i++;
                continue;
            }

            var run = new List<(int Start, int End)> { words[i] };
            var j = i + 1;
            while (j < words.Count && Joined(text, run[^1], words[j]))
            {
                if (IsNameWord(text, words[j]))
                {
                    run.Add(words[j]);
                    j++;
                }
                else if (IsConnector(text, words[j]) && j + 1 < words.Count && Joined(text, words[j], words[j + 1]) && IsNameWord(text, words[j + 1]))
                {
                    run.Add(words[j]);
                    run.Add(words[j + 1]);
                    j += 2;
                }
                else
                {
                    break;
                }
            }

            if (Candidate(text, words, i, run) is { } mention)
            {
                found.Add(mention);
            }

            i = j;
        }

        return found;
    }

    private EntityMention? Candidate(string text, List<(int Start, int End)> words, int firstIndex, List<(int Start, int End)> run)
    {
        var roleBefore = _lexicon.RoleWords.Contains(PreviousWord(text, run[0].Start));
        var leading = 0;
        while (leading < run.Count && (_lexicon.NameStopWords.Contains(Word(text, run[leading])) || _calendarWords.Contains(Word(text, run[leading])) || IsConnector(text, run[leading])))
        {
            // "Secretary of State" names an office, not a person: a role counts only right before the name.
            roleBefore = _lexicon.RoleWords.Contains(Word(text, run[leading])) && !IsConnector(text, run[leading]);
            leading++;
        }

        var name = run.Skip(leading).ToList();
        while (name.Count > 0 && (IsConnector(text, name[^1]) || _calendarWords.Contains(Word(text, name[^1]))))
        {
            name.RemoveAt(name.Count - 1);
        }

        if (name.Count > 0 && _lexicon.RoleWords.Contains(Word(text, name[^1])))
        {
            return null;
        }

        var capitalised = name.Count(w => !IsConnector(text, w));
        var atSentenceStart = leading == 0 && IsSentenceStart(text, run[0].Start);
        if (capitalised == 0 || (capitalised == 1 && (!roleBefore || atSentenceStart)))
        {
            return null;
        }

        var start = name[0].Start;
        var end = name[^1].End;
        if (end - start > 2 && text[end - 2] == '\'' && text[end - 1] == 's')
        {
            end -= 2;
        }

        var kind = GuessKind(text, Word(text, name[^1]), roleBefore, capitalised, end, start, words, firstIndex);
        return new EntityMention(text[start..end], kind, new TextSpan(start, end - start), null, null, IsKnown: false);
    }

    private EntityKind GuessKind(string text, string last, bool roleBefore, int capitalised, int end, int start, List<(int Start, int End)> words, int firstIndex)
    {
        last = last.EndsWith("'s", StringComparison.Ordinal) ? last[..^2] : last;
        if (_lexicon.OrganizationSuffixes.Contains(last))
        {
            return EntityKind.Organization;
        }

        if (_lexicon.PlaceSuffixes.Contains(last))
        {
            return EntityKind.Place;
        }

        var appositive = text[end..].TrimStart(',', ' ');
        var introducesRole = appositive.Length < text.Length - end && FirstWords(appositive, 3).Any(w => _lexicon.RoleWords.Contains(w));
        var surname = _lexicon.SurnameEndings.Any(e => last.EndsWith(e, StringComparison.OrdinalIgnoreCase));
        if (roleBefore || introducesRole || (surname && capitalised is 2 or 3))
        {
            return EntityKind.Person;
        }

        var previous = PreviousWord(text, start).ToLowerInvariant();
        return previous is "in" or "to" or "from" or "at" or "near" && start > 0 ? EntityKind.Place : EntityKind.Other;
    }

    private static IEnumerable<string> FirstWords(string text, int count) =>
        TextScan.Words(text).Take(count).Select(w => text[w.Start..w.End].ToLowerInvariant());

    private static bool IsNameWord(string text, (int Start, int End) word)
    {
        var w = Word(text, word);
        return TextScan.IsCapitalized(w) && !char.IsDigit(w[0]);
    }

    private static bool IsConnector(string text, (int Start, int End) word) => Connectors.Contains(Word(text, word));

    /// <summary>Two words belong to one name only when nothing but spaces separates them.</summary>
    private static bool Joined(string text, (int Start, int End) left, (int Start, int End) right) =>
        text.AsSpan(left.End, right.Start - left.End).IsWhiteSpace() && right.Start - left.End <= 2;

    private static bool IsSentenceStart(string text, int index)
    {
        var before = text.AsSpan(0, index).TrimEnd();
        return before.IsEmpty || before.TrimEnd("\"'\u201C(-[") .IsEmpty;
    }

    private static string Word(string text, (int Start, int End) word) => text[word.Start..word.End];

    /// <summary>The word right before <paramref name="start"/>, when only spaces separate them.</summary>
    private static string PreviousWord(string text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var from = end;
        while (from > 0 && TextScan.IsWordChar(text[from - 1]))
        {
            from--;
        }

        return text[from..end];
    }
}
