using System.Text.RegularExpressions;
using ChatBot.Knowledge.Facts;
using Lucene.Net.Analysis.En;

namespace ChatBot.Knowledge.Answers.Reading;

/// <summary>
/// What a follow-up's references stand for, read against the conversation focus: "the Azeri one" (the previous
/// question about another side), "his Turkish counterpart" (the person of that side holding the same role), "they"
/// (the people the previous answer named) and "after that" (the previous answer's date).
/// </summary>
internal sealed partial class QuestionParser
{
    /// <summary>
    /// "And the Azeri one?" after "Who's Armenia's ambassador in Paris?": a follow-up whose only content is a side or
    /// a known name of the same kind as one in the previous question asks that question again about it. Returns the
    /// previous question with the one swapped for the other, or null when the follow-up is no such swap.
    /// </summary>
    internal string? Swapped(string question, string previous)
    {
        var lower = question.ToLowerInvariant();
        // "What did Pashinyan say to that?" asks a question of its own about the previous answer; only a bare
        // "and Blinken?" or "what about Russia?" asks the previous one again.
        var bare = Words.EllipsisStarts.Where(e => e.Contains(' ', StringComparison.Ordinal)).Aggregate(lower, (text, start) => text.Replace(start, " ", StringComparison.Ordinal));
        if (WordPattern().Matches(bare).Any(m => Words.Interrogatives.Contains(m.Value))) return null;
        var content = WordPattern().Matches(lower).Where(m => !IsFiller(m.Value)).ToList();
        if (content.Count == 0) return null;
        var typed = question[content[0].Index..(content[^1].Index + content[^1].Length)];
        var words = content.Select(m => m.Value).ToArray();

        var side = RoleNames.Default.SidePhrases.FirstOrDefault(s => s.Words.SequenceEqual(words, StringComparer.Ordinal));
        if (side.Words is not null)
        {
            var replaced = SidePhraseIn(previous, s => !string.Equals(s, side.Side, StringComparison.Ordinal));
            return replaced is { } at ? previous[..at.Start] + typed + previous[at.End..] : null;
        }

        var mentions = gazetteer.FindMentions(question).Where(m => m.IsKnown).ToList();
        if (mentions.Count != 1 || mentions[0].Span.Start > content[0].Index || mentions[0].Span.End < content[^1].Index + content[^1].Length) return null;
        var swapped = gazetteer.FindMentions(previous).FirstOrDefault(m => m.IsKnown && m.Kind == mentions[0].Kind && !string.Equals(m.Name, mentions[0].Name, StringComparison.Ordinal));
        return swapped is null ? null : previous[..swapped.Span.Start] + typed + previous[swapped.Span.End..];
    }

    /// <summary>Words that carry no content of their own in a bare follow-up ("ok and the ... one?").</summary>
    private static bool IsFiller(string word) =>
        Words.OpeningFillers.Contains(word) || Words.ProForms.Contains(word) || Words.QuestionWords.Contains(word)
        || Words.FollowUpWords.Contains(word) || EnglishAnalyzer.DefaultStopSet.Contains(word)
        || Words.EllipsisStarts.Any(s => s.Split(' ').Contains(word, StringComparer.Ordinal));

    /// <summary>The character range of the first side phrase in <paramref name="text"/> whose side passes <paramref name="accept"/>.</summary>
    private static (int Start, int End)? SidePhraseIn(string text, Func<string, bool> accept) =>
        SidePhrases(text).Where(p => accept(p.Side)).Select(p => ((int Start, int End)?)(p.Start, p.End)).FirstOrDefault();

    /// <summary>The side a question names ("his Turkish counterpart"), or null.</summary>
    private static string? SideNamed(string lower) => SidePhrases(lower).Select(p => p.Side).FirstOrDefault();

    /// <summary>Each side phrase in <paramref name="text"/> in order: at each word, the first phrase that starts there.</summary>
    private static IEnumerable<(int Start, int End, string Side)> SidePhrases(string text)
    {
        var matches = WordPattern().Matches(text.ToLowerInvariant());
        for (var i = 0; i < matches.Count; i++)
        {
            foreach (var (phrase, side) in RoleNames.Default.SidePhrases)
            {
                if (i + phrase.Length > matches.Count || !phrase.Select((p, k) => string.Equals(p, matches[i + k].Value, StringComparison.Ordinal)).All(same => same)) continue;
                var last = matches[i + phrase.Length - 1];
                yield return (matches[i].Index, last.Index + last.Length, side);
                break;
            }
        }
    }

    /// <summary>
    /// "His Turkish counterpart": the person of the named side (or, unnamed, of another side) whose role shares most
    /// with the role of the person the conversation is about and with the previous question's words ("special
    /// envoy ... normalisation"). Null when the question asks for no counterpart or no one shares the role.
    /// </summary>
    internal GazetteerEntry? Counterpart(ConversationFocus focus, string lower)
    {
        if (!Words.CounterpartWords.Any(c => c.IsIn(lower))) return null;
        var reference = focus.Person ?? (focus.People.Count > 0 ? focus.People[0] : null);
        var known = reference is null ? null : gazetteer.Find(reference);
        var side = SideNamed(lower);
        var wanted = RoleStems($"{known?.Role} {focus.Question}");
        return gazetteer.Entries
            .Where(e => e.Kind == EntityKind.Person && e.Role is not null && !string.Equals(e.Name, reference, StringComparison.Ordinal))
            .Where(e => side is not null ? string.Equals(e.Side, side, StringComparison.Ordinal) : e.Side is not null && !string.Equals(e.Side, known?.Side, StringComparison.Ordinal))
            .Select(e => (Entry: e, Shared: RoleStems(e.Role!).Count(wanted.Contains)))
            .Where(c => c.Shared > 0)
            .OrderByDescending(c => c.Shared)
            .Select(c => c.Entry)
            .FirstOrDefault();
    }

    /// <summary>Word beginnings of a role's content words, sides left out: "envoy", "speci", "norma" (normalising / normalisation).</summary>
    private static HashSet<string> RoleStems(string text)
    {
        var words = WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value)
            .Where(w => w.Length >= 4 && !EnglishAnalyzer.DefaultStopSet.Contains(w) && !Words.QuestionWords.Contains(w))
            .Where(w => !RoleNames.Default.SidePhrases.Any(s => s.Words.Contains(w, StringComparer.Ordinal)));
        return words.Select(w => w.Length > RoleStemLength ? w[..RoleStemLength] : w).ToHashSet(StringComparer.Ordinal);
    }

    private const int RoleStemLength = 5;

    /// <summary>
    /// "What happened after that?", "and before that?": a follow-up that counts from the previous answer, with the
    /// date that answer reports; null when it doesn't point at it or that answer dated nothing.
    /// </summary>
    private static (EventDate From, bool Before)? ReferenceAnchor(ConversationFocus? focus, string lower)
    {
        if (focus?.Passage?.Date is not { } date) return null;
        var words = WordPattern().Matches(lower).Select(m => m.Value).ToList();
        bool PointsBack(int at) => at < words.Count && Words.FollowUpWords.Contains(words[at]);
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (Words.AnchorWords.Contains(words[i]) && PointsBack(i + 1)) return (new EventDate(date, DatePrecision.Day, default), false);
        }

        foreach (var cue in Words.EarlierAnchorWords)
        {
            if (cue.Find(lower) is not { } found) continue;
            var after = WordPattern().Matches(lower[found.End..]).Select(m => m.Value).FirstOrDefault();
            if (after is not null && Words.FollowUpWords.Contains(after)) return (new EventDate(date, DatePrecision.Day, default), true);
        }

        return null;
    }

    /// <summary>
    /// The names a follow-up's references stand for: "he"/"his" the previous answer's person (unless "his" only
    /// owns the counterpart asked for), the counterpart, and "they" the people the previous answer named.
    /// </summary>
    private static List<string> ReferredPeople(ConversationFocus focus, IReadOnlyList<string> words, string lower, GazetteerEntry? counterpart)
    {
        var people = new List<string>();
        var pronouns = words.Count(Words.PersonPronouns.Contains);
        if (counterpart is not null && OwnsCounterpart(lower)) pronouns--;
        if (pronouns > 0 && focus.Person is { Length: > 0 } person) people.Add(person);
        if (counterpart is not null) people.Add(counterpart.Name);
        if (people.Count == 0 && focus.People.Count >= 2 && words.Any(Words.GroupPronouns.Contains)) people.AddRange(focus.People);
        return people;
    }

    /// <summary>"Ok, and what did he say?": chat openers before a question word or an ellipsis carry nothing.</summary>
    private static string WithoutOpeningFillers(string question)
    {
        var rest = question;
        while (WordPattern().Match(rest) is { Success: true } first && first.Index == 0 && Words.OpeningFillers.Contains(first.Value.ToLowerInvariant()))
        {
            var after = rest[first.Length..].TrimStart(' ', ',', '.', '!', '-', '—');
            var next = WordPattern().Match(after.ToLowerInvariant());
            if (!next.Success || next.Index != 0) break;
            var leads = Words.QuestionWords.Contains(next.Value) || Words.FollowUpWords.Contains(next.Value) || Words.OpeningFillers.Contains(next.Value)
                || Words.EllipsisStarts.Any(s => s.StartsWith(next.Value, StringComparison.Ordinal));
            if (!leads) break;
            rest = after;
        }

        return rest;
    }

    /// <summary>A word of the counterpart phrase itself ("counterpart") or the side it names ("Turkish").</summary>
    private static bool IsCounterpartWord(string word, string lower)
    {
        var bare = word.Split('\'', '\u2019')[0];
        return Words.CounterpartWords.Any(c => c.Text.Split(' ').Contains(bare, StringComparer.Ordinal))
            || RoleNames.Default.SidePhrases.Any(s => s.Words.Contains(bare, StringComparer.Ordinal) && lower.Contains(bare, StringComparison.Ordinal));
    }

    /// <summary>"His counterpart", "his Turkish counterpart": a pronoun just before it only says whose counterpart is asked for.</summary>
    private static bool OwnsCounterpart(string lower)
    {
        foreach (var cue in Words.CounterpartWords)
        {
            if (cue.Find(lower) is not { } at) continue;
            if (WordPattern().Matches(lower[..at.Start]).Select(m => m.Value).TakeLast(3).Any(Words.PersonPronouns.Contains)) return true;
        }

        return false;
    }
}
