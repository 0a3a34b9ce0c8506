using ChatBot.Knowledge.Paragraphs;
using ChatBot.Knowledge.Answers.Reading;
using ChatBot.Knowledge.Answers.Ranking;

namespace ChatBot.Knowledge.Answers.Composing;

/// <summary>
/// Makes the lead line: the best sentence, trimmed to the clauses that hold the answer when it is long, with the
/// answer span marked. The quote stays verbatim; only its ends may be cut.
/// </summary>
internal static class LeadBuilder
{
    private const int MaxLength = 220;
    // A quotation closed by a comma ("...stated,” Mirzoyan said") ends a clause too.
    private static readonly string[] ClauseBreaks = [", ", "; ", " \u2014 ", " \u2013 ", ": ", ",\u201d "];

    public static AnswerLine Build(ScoredFact best, ParsedQuestion question, Func<string, IReadOnlySet<string>> analyze, string? prefix, IReadOnlyList<int> citations)
    {
        var sentence = best.Fact.Fact.Text;
        var (start, end) = sentence.Length <= MaxLength ? (0, sentence.Length) : Window(sentence, best, question, analyze);
        var quote = sentence[start..end];
        TextSpan? highlight = best.AnswerSpan is { } span && span.Start >= start && span.End <= end
            ? new TextSpan(span.Start - start, span.Length)
            : null;
        return new AnswerLine(prefix, quote, highlight, citations, start > 0, end < sentence.Length);
    }

    /// <summary>
    /// The run of clauses that covers the answer span, one of the entities the question names and most of the question,
    /// within the length limit.
    /// </summary>
    private static (int Start, int End) Window(string sentence, ScoredFact best, ParsedQuestion question, Func<string, IReadOnlySet<string>> analyze)
    {
        var cuts = new List<int> { 0 };
        foreach (var separator in ClauseBreaks)
        {
            for (var at = sentence.IndexOf(separator, StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(separator, at + 1, StringComparison.Ordinal))
            {
                cuts.Add(at + separator.Length);
            }
        }

        cuts.Add(sentence.Length);
        cuts = cuts.Distinct().Order().ToList();
        // The lead names whom or what the question asks about ("Who is Ian Borg?") wherever the sentence does, even
        // when that takes a longer quote than usual.
        var named = Named(best, question);
        return Window(sentence, cuts, best.AnswerSpan, named, question, analyze, MaxLength)
            ?? Window(sentence, cuts, best.AnswerSpan, named, question, analyze, sentence.Length)
            ?? (0, sentence.Length);
    }

    private static (int Start, int End)? Window(string sentence, List<int> cuts, TextSpan? answer, List<List<TextSpan>> named, ParsedQuestion question, Func<string, IReadOnlySet<string>> analyze, int maxLength)
    {
        (int Start, int End)? bestWindow = null;
        var bestValue = double.MinValue;
        for (var i = 0; i < cuts.Count - 1; i++)
        {
            for (var j = i + 1; j < cuts.Count; j++)
            {
                var (from, to) = (cuts[i], TrimEnd(sentence, cuts[j]));
                if (to - from > maxLength) break;
                if (answer is { } span && (span.Start < from || span.End > to)) continue;
                if (named.Count > 0 && !named.Any(spans => spans.Any(s => s.Start >= from && s.End <= to))) continue;
                // Past the usual length, the shortest window that holds everything wins.
                var value = question.Coverage(analyze(sentence[from..to])) + (maxLength > MaxLength ? -(to - from) : (to - from)) / 1000.0;
                if (value > bestValue) (bestValue, bestWindow) = (value, (from, to));
            }
        }

        return bestWindow;
    }

    /// <summary>For each entity the question names that the sentence names too, where the sentence names it.</summary>
    private static List<List<TextSpan>> Named(ScoredFact best, ParsedQuestion question) =>
        question.Entities
            .Select(e => e.Name)
            .Distinct(StringComparer.Ordinal)
            .Select(name => best.Fact.Fact.Entities.Where(m => string.Equals(m.Name, name, StringComparison.Ordinal)).Select(m => m.Span).ToList())
            .Where(spans => spans.Count > 0)
            .ToList();

    private static int TrimEnd(string sentence, int end)
    {
        while (end > 0 && (char.IsWhiteSpace(sentence[end - 1]) || sentence[end - 1] is ',' or ';' or ':')) end--;
        return end;
    }
}
