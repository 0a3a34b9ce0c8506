using ChatBot.Knowledge.Paragraphs;

namespace ChatBot.Knowledge.Answers;

/// <summary>
/// Makes the lead line: the best sentence, trimmed to the clauses that hold the answer when it is long, with the
/// answer span marked. The quote stays verbatim; only its ends may be cut.
/// </summary>
internal static class LeadBuilder
{
    private const int MaxLength = 220;
    private static readonly string[] ClauseBreaks = [", ", "; ", " \u2014 ", " \u2013 ", ": "];

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

    /// <summary>The run of clauses that covers the answer span and most of the question, within the length limit.</summary>
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
        var bestWindow = (Start: 0, End: sentence.Length);
        var bestValue = double.MinValue;
        for (var i = 0; i < cuts.Count - 1; i++)
        {
            for (var j = i + 1; j < cuts.Count; j++)
            {
                var (from, to) = (cuts[i], TrimEnd(sentence, cuts[j]));
                if (to - from > MaxLength) break;
                if (best.AnswerSpan is { } span && (span.Start < from || span.End > to)) continue;
                var value = question.Coverage(analyze(sentence[from..to])) + (to - from) / 1000.0;
                if (value > bestValue) (bestValue, bestWindow) = (value, (from, to));
            }
        }

        return bestValue == double.MinValue ? (0, sentence.Length) : bestWindow;
    }

    private static int TrimEnd(string sentence, int end)
    {
        while (end > 0 && (char.IsWhiteSpace(sentence[end - 1]) || sentence[end - 1] is ',' or ';' or ':')) end--;
        return end;
    }
}
