using System.Globalization;
using System.Text.RegularExpressions;
using ChatBot.Knowledge.Paragraphs;

namespace ChatBot.Knowledge.Facts;

/// <summary>
/// Finds date expressions in a sentence and resolves them against the publication date: "on Saturday",
/// "last month", "May 24", "May 1-4", "mid-December", "December 2022", "January 10, 2024", "two days later".
/// </summary>
public sealed partial class DateResolver
{
    private static readonly Lazy<DateResolver> LazyDefault = new(() => new DateResolver(FactLexicon.Default));

    private readonly FactLexicon _lexicon;
    private readonly List<(Regex Pattern, Resolver Resolve)> _patterns;

    internal DateResolver(FactLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
        var month = "(?<m>" + string.Join('|', MonthNames) + ")";
        var day = "(?<d>[0-3]?\\d)(?:st|nd|rd|th)?";
        var year = "(?<y>(?:1[89]|20)\\d\\d)";
        var optYear = $"(?:,?\\s+{year}\\b)?";
        var through = "\\s*(?:-|\\u2013|\\u2014|(?i:and|to|through|until))\\s*";
        var qualifier = "(?<q>(?i:early|mid|late|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of))";
        var count = "(?<n>(?i:a|an|" + string.Join('|', lexicon.NumberWords.Keys) + ")|\\d+)";
        var weekday = "(?<w>" + string.Join('|', CultureInfo.InvariantCulture.DateTimeFormat.DayNames) + ")";
        var monthPreps = string.Join('|', lexicon.MonthPrepositions.Select(p => Regex.Escape(p).Replace(" ", "\\s+", StringComparison.Ordinal)));
        _patterns =
        [
            (Build($"\\b{month}\\s+{day}{through}(?<d2>[0-3]?\\d)(?:st|nd|rd|th)?\\b{optYear}"), DayRange),
            (Build($"\\b{day}{through}(?<d2>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?{month}\\b{optYear}"), DayRange),
            (Build($"\\b{month}\\s+{day},?\\s+{year}\\b"), DayInMonth),
            (Build($"\\b{day}\\s+(?:of\\s+)?{month},?\\s+{year}\\b"), DayInMonth),
            (Build($"\\b(?:{qualifier}[\\s-]+)?{month},?\\s+{year}\\b"), MonthOfYear),
            (Build($"\\b{month}\\s+{day}\\b(?![-\\u2013]\\d)"), DayInMonth),
            (Build($"\\b{day}\\s+(?:of\\s+)?{month}\\b"), DayInMonth),
            (Build($"\\b{qualifier}[\\s-]+{month}\\b"), MonthOfYear),
            (Build($"\\b(?<r>(?i:last|this|next|past))\\s+{month}\\b"), RelativeMonth),
            (Build("\\b(?:(?<q>(?i:late|early|earlier|later|mid))[\\s-]+)?(?<r>(?i:last|this|next|past))\\s+(?<u>(?i:year|month|week))\\b"), RelativePeriod),
            (Build($"\\b(?:(?i:over|about|nearly|almost|more\\s+than|some|roughly|just)\\s+)?{count}\\s+(?<u>(?i:day|week|month|year))s?\\s+(?i:ago)\\b"), Ago),
            (Build("\\b(?<t>(?i:yesterday|today|tomorrow))\\b"), NamedDay),
            (Build($"\\b{count}\\s+(?<u>(?i:day|week))s?\\s+(?i:later)\\b|\\b(?i:the\\s+(?:next|following)\\s+day)\\b"), Later),
            (Build($"\\b(?:(?<r>(?i:last|this|next|on))\\s+)?{weekday}\\b"), Weekday),
            (Build($"\\b(?<p>(?i:{monthPreps}))\\s+{month}\\b"), MonthOfYear),
            (Build($"\\b{year}\\b(?!['\\u2019]?s\\b)(?!-\\w)"), BareYear),
        ];
    }

    /// <summary>The resolver over the shipped word lists.</summary>
    public static DateResolver Default => LazyDefault.Value;

    private delegate EventDate? Resolver(DateResolver self, Match match, Context context);

    private static IEnumerable<string> MonthNames => CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Where(m => m.Length > 0);

    /// <summary>
    /// Dates in <paramref name="sentence"/>, in order of appearance, with spans relative to it.
    /// </summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="published">Publication date the relative expressions resolve against.</param>
    /// <param name="excluded">Spans that name something else (e.g. "the November 9 trilateral statement"); no date is read inside them.</param>
    /// <param name="anchor">The latest day-precision date earlier in the paragraph, for "two days later".</param>
    public IReadOnlyList<EventDate> Resolve(string sentence, DateOnly published, IReadOnlyList<TextSpan>? excluded = null, DateOnly? anchor = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var context = new Context(sentence, published, anchor);
        var taken = new List<TextSpan>(excluded ?? []);
        var dates = new List<EventDate>();
        foreach (var (pattern, resolve) in _patterns)
        {
            foreach (Match match in pattern.Matches(sentence))
            {
                var span = SpanOf(match);
                if (taken.Any(t => t.Start < span.End && span.Start < t.End))
                {
                    continue;
                }

                if (NamesSomethingElse(sentence, match))
                {
                    taken.Add(new TextSpan(match.Index, match.Length));
                    continue;
                }

                if (resolve(this, match, context) is { } date)
                {
                    taken.Add(new TextSpan(match.Index, match.Length));
                    dates.Add(date with { Span = span });
                }
            }
        }

        return [.. dates.OrderBy(d => d.Span.Start)];
    }

    private static Regex Build(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>A bare preposition is context, not part of the date: "in July" spans "July".</summary>
    private static TextSpan SpanOf(Match match)
    {
        var p = match.Groups["p"];
        return p.Success
            ? new TextSpan(match.Groups["m"].Index, match.Groups["m"].Length)
            : new TextSpan(match.Index, match.Length);
    }

    /// <summary>
    /// A date used as a name ("the 2020 Artsakh War", "a 1976 topographic map", "the Declaration of 1991") is
    /// not the date of what the sentence reports.
    /// </summary>
    private bool NamesSomethingElse(string sentence, Match match)
    {
        var before = WordsBefore(sentence, match.Index, 2);
        var after = WordsAfter(sentence, match.Index + match.Length, 3);
        var previous = before.Count > 0 ? before[^1] : "";
        var determined = _lexicon.Determiners.Contains(previous) || previous.EndsWith("'s", StringComparison.Ordinal);
        if (determined && after.Any(_lexicon.NamingNouns.Contains))
        {
            return true;
        }

        return match.Groups["y"].Success && !match.Groups["m"].Success
            && string.Equals(previous, "of", StringComparison.Ordinal) && before.Count > 1 && _lexicon.NamingNouns.Contains(before[0]);
    }

    private static List<string> WordsBefore(string sentence, int index, int count)
    {
        var words = TextScan.Words(TextScan.NormalizePunctuation(sentence[..index]));
        return words.Skip(Math.Max(0, words.Count - count)).Select(w => sentence[w.Start..w.End].ToLowerInvariant().Replace('\u2019', '\'')).ToList();
    }

    private static List<string> WordsAfter(string sentence, int index, int count)
    {
        var rest = sentence[index..];
        var stop = rest.IndexOfAny(['.', ';', ':', '(', '\u201C', '"']);
        var words = TextScan.Words(stop >= 0 ? rest[..stop] : rest);
        return words.Take(count).Select(w => rest[w.Start..w.End].ToLowerInvariant()).ToList();
    }

    private sealed record Context(string Sentence, DateOnly Published, DateOnly? Anchor);
}
