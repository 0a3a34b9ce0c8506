using System.Text.RegularExpressions;
using ChatBot.Knowledge.Facts;
using ChatBot.Knowledge.Paragraphs;
using ChatBot.Knowledge.Answers.Reading;

namespace ChatBot.Knowledge.Answers.Ranking;

/// <summary>Finds the part of a sentence that answers the question's type (a person for "who", a date for "when"...).</summary>
internal static partial class AnswerSpanFinder
{
    public static TextSpan? Find(Fact fact, ParsedQuestion question)
    {
        var candidates = question.AnswerType switch
        {
            AnswerType.Person => Entities(fact, question, EntityKind.Person, EntityKind.Organization),
            AnswerType.Place => Entities(fact, question, EntityKind.Place),
            AnswerType.Date => fact.Dates.Where(d => !IsAsked(d.Span.Of(fact.Text), question)).OrderByDescending(d => d.Precision).Select(d => d.Span).ToList(),
            AnswerType.Quantity => Quantities(fact, question),
            AnswerType.Reason => Reason(fact.Text),
            AnswerType.Name => [.. Expansions(fact, question), .. Quoted(fact.Text, question).Where(s => char.IsUpper(fact.Text[s.Start]))],
            AnswerType.Thing => Quoted(fact.Text, question).Concat(Entities(fact, question, EntityKind.Other, EntityKind.Organization, EntityKind.Place)).ToList(),
            _ => [],
        };
        if (candidates.Count == 0) return null;
        var anchors = Anchors(fact.Text, question);
        return anchors.Count == 0
            ? candidates[0]
            : candidates.OrderBy(c => anchors.Min(a => Math.Abs(c.Start - a))).ThenBy(c => candidates.IndexOf(c)).First();
    }

    /// <summary>Where the question's own words occur in the sentence: the answer is usually next to them.</summary>
    private static List<int> Anchors(string sentence, ParsedQuestion question)
    {
        var lower = sentence.ToLowerInvariant();
        var anchors = new List<int>();
        foreach (var concept in question.Concepts.Where(c => !c.FromFocus && c.Word.Length > 3))
        {
            var stem = concept.Word.Length > 5 ? concept.Word[..5] : concept.Word;
            for (var at = lower.IndexOf(stem, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(stem, at + 1, StringComparison.Ordinal))
            {
                anchors.Add(at);
            }
        }

        return anchors;
    }

    private static List<TextSpan> Entities(Fact fact, ParsedQuestion question, params EntityKind[] kinds) =>
        fact.Entities
            .Where(e => kinds.Contains(e.Kind) && !IsAsked(e.Span.Of(fact.Text), question) && !NamedInQuestion(e, question))
            .OrderBy(e => Array.IndexOf(kinds, e.Kind))
            .Select(e => e.Span)
            .ToList();

    private static List<TextSpan> Quantities(Fact fact, ParsedQuestion question) =>
        fact.Quantities
            .Where(q => Counts(q, question))
            .OrderByDescending(q => CountsAskedNoun(q, question))
            .Select(q => q.Span)
            .ToList();

    /// <summary>
    /// True for a count, and for a rank of the very thing a how-many question counts: "how many drafts are they on
    /// now" is answered by "the 11th draft", while "how many articles does the draft have" is not.
    /// </summary>
    internal static bool Counts(Quantity quantity, ParsedQuestion question) =>
        !quantity.IsOrdinal || quantity.Unit is { Length: > 2 } unit && HowManyNoun().Match(question.Text) is { Success: true } asked
            && asked.Groups[1].Value.ToLowerInvariant().StartsWith(unit, StringComparison.Ordinal);

    /// <summary>True when the quantity counts what the question asks about ("how many villages" / "four villages").</summary>
    internal static bool CountsAskedNoun(Quantity quantity, ParsedQuestion question) =>
        quantity.Unit is { Length: > 2 } unit && question.AskedWords.Any(w => w.StartsWith(unit, StringComparison.Ordinal))
        || AnswerScope.MeasuresAskedNoun(quantity, question);

    private static List<TextSpan> Reason(string sentence)
    {
        foreach (var cue in QuestionVocabulary.Default.ReasonCues)
        {
            var at = sentence.IndexOf(" " + cue + " ", StringComparison.OrdinalIgnoreCase);
            if (at < 0) continue;
            var end = sentence.IndexOfAny(['.', ';'], at + 1);
            end = end < 0 ? sentence.Length : end;
            return [new TextSpan(at + 1, end - at - 1)];
        }

        return [];
    }

    private static IEnumerable<TextSpan> Quoted(string sentence, ParsedQuestion question)
    {
        var open = sentence.IndexOf('\u201c', StringComparison.Ordinal);
        while (open >= 0)
        {
            var close = sentence.IndexOf('\u201d', open + 1);
            if (close < 0) yield break;
            var span = new TextSpan(open + 1, close - open - 1);
            if (span.Length is > 2 and < 60 && !IsAsked(span.Of(sentence), question)) yield return span;
            open = sentence.IndexOf('\u201c', close + 1);
        }
    }

    /// <summary>"Who did Mirzoyan meet?": the person the question names ("Ararat Mirzoyan") is not who it asks for.</summary>
    private static bool NamedInQuestion(EntityMention mention, ParsedQuestion question) =>
        mention.IsKnown && (question.Entities.Any(e => e.IsKnown && string.Equals(e.Name, mention.Name, StringComparison.Ordinal))
            || mention.Kind == EntityKind.Person && question.AskedWords.Contains(mention.Name.Split(' ')[^1].ToLowerInvariant()));

    /// <summary>True when every word of the span was in the question: the answer must add something.</summary>
    private static bool IsAsked(string span, ParsedQuestion question) =>
        span.Split([' ', '-', '\u2019', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant().Trim('.', ',', '"'))
            .Where(w => w.Length > 2 && w != "s")
            .All(question.AskedWords.Contains);

    [GeneratedRegex(@"\bhow many (\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex HowManyNoun();

    /// <summary>
    /// "What does TRIPP stand for?": the words an abbreviation of the question is short for, written out before it
    /// ("the Trump Route for International Peace and Prosperity (TRIPP)") or after it ("TRIPP (Trump Route …)").
    /// </summary>
    private static IEnumerable<TextSpan> Expansions(Fact fact, ParsedQuestion question)
    {
        var sentence = fact.Text;
        // "What does NSS stand for?": a known body's abbreviation is written out wherever the sentence names it in full.
        foreach (var asked in question.Entities.Where(e => e.IsKnown))
        {
            var typed = asked.Span.Of(question.Text);
            foreach (var named in fact.Entities.Where(e => e.Name == asked.Name && e.Span.Length > typed.Length && !e.Span.Of(sentence).Equals(typed, StringComparison.OrdinalIgnoreCase)))
            {
                yield return named.Span;
            }
        }

        if (!sentence.Contains('(', StringComparison.Ordinal)) yield break;
        var words = question.Concepts.Where(c => !c.FromFocus && c.Word.Length >= 2).Select(c => c.Word).ToList();
        foreach (Match parenthesis in Parenthesised().Matches(sentence))
        {
            var inside = parenthesis.Groups[1];
            if (words.Any(w => inside.Value.Equals(w, StringComparison.OrdinalIgnoreCase)))
            {
                if (NameBefore(sentence, parenthesis.Index) is { } before) yield return before;
            }
            else if (char.IsUpper(inside.Value[0]) && words.Any(w => sentence.AsSpan(0, parenthesis.Index).TrimEnd().EndsWith(w, StringComparison.OrdinalIgnoreCase)))
            {
                yield return new TextSpan(inside.Index, inside.Length);
            }
        }
    }

    /// <summary>The run of capitalised words (joined by "for", "of", "and" …) that ends just before <paramref name="end"/>.</summary>
    private static TextSpan? NameBefore(string sentence, int end)
    {
        var words = NameWord().Matches(sentence[..end]);
        var first = -1;
        for (var i = words.Count - 1; i >= 0; i--)
        {
            var word = words[i];
            var gap = sentence[(word.Index + word.Length)..(i == words.Count - 1 ? end : words[i + 1].Index)];
            if (!string.IsNullOrWhiteSpace(gap)) break;
            if (char.IsUpper(word.Value[0])) first = i;
            else if (!NameConnectors.Contains(word.Value)) break;
        }

        if (first < 0) return null;
        var start = words[first].Index;
        var last = words[^1];
        return new TextSpan(start, last.Index + last.Length - start);
    }

    private static readonly HashSet<string> NameConnectors = new(StringComparer.Ordinal) { "for", "of", "and", "the", "on", "in", "to", "de" };

    [GeneratedRegex(@"[\p{L}\p{N}’'-]+")]
    private static partial Regex NameWord();

    [GeneratedRegex(@"\(\s*([^()]{2,80}?)\s*\)")]
    private static partial Regex Parenthesised();
}
