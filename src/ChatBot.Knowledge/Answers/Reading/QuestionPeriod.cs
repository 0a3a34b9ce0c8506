using System.Globalization;
using System.Text.RegularExpressions;
using ChatBot.Knowledge.Facts;
using ChatBot.Knowledge.Indexing;
using ChatBot.Knowledge.Paragraphs;

namespace ChatBot.Knowledge.Answers.Reading;

/// <summary>
/// The year or month a question asks about ("in May 2024", "in 2023", "in July"): a fact dated in it, or from a
/// source published in it, is more likely the answer; one dated outside it, or from a source published before it
/// began, less.
/// </summary>
/// <param name="Year">The year named, or null when only a month is.</param>
/// <param name="Month">The month named (1-12), or null when only a year is.</param>
/// <param name="Spans">Where the question names the period; its words are no concept of the question.</param>
internal sealed partial record QuestionPeriod(int? Year, int? Month, IReadOnlyList<TextSpan> Spans)
{
    /// <summary>Score for a fact that dates what it reports inside the period.</summary>
    internal const double DatedMatch = 0.3;

    /// <summary>Score for an undated fact from a source published inside the period.</summary>
    internal const double SourceMatch = 0.2;

    /// <summary>Score for a fact whose every date falls outside the period.</summary>
    internal const double DatedConflict = -0.3;

    /// <summary>Score for an undated fact from a source published before the period began.</summary>
    internal const double SourceConflict = -0.15;

    /// <summary>
    /// What the period's words ("May 2024") would weigh as concepts: a fact in the period covers that much more of
    /// the question, one outside it that much less.
    /// </summary>
    public double Weight { get; init; }

    /// <summary>Resolves dates against a far-off day: only the year and month the question spells out are kept.</summary>
    private static readonly DateOnly FarOff = new(2099, 12, 31);

    /// <summary>The period the question names, or null; relative dates ("last month") and bare weekdays name none.</summary>
    public static QuestionPeriod? Find(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        int? year = null, month = null;
        var spans = new List<TextSpan>();
        // "the may 2023 talks": before a year, "may" is the month however it is typed (same length, so spans hold).
        question = LowerCaseMayBeforeYear().Replace(question, "May");
        foreach (var date in DateResolver.Default.Resolve(question, FarOff))
        {
            var said = date.Span.Of(question);
            var saidYear = YearPattern().Match(said);
            var saidMonth = MonthNamed(said);
            if (!saidYear.Success && !saidMonth) continue;
            // Two periods in one question ("between May 2023 and May 2024") are a span, not a filter.
            if (year is not null || month is not null) return null;
            year = saidYear.Success ? int.Parse(saidYear.Value, CultureInfo.InvariantCulture) : null;
            month = saidMonth && date.Precision != DatePrecision.Year ? date.Date.Month : null;
            // A day ("on January 10") is matched by its words as well; only a month or year stands for the period.
            if (date.Precision != DatePrecision.Day) spans.Add(date.Span);
        }

        // "His December interview": a month named on its own is the period too; "May" and "March" are also a verb
        // and a protest, so only with a year or a preposition.
        if (year is null && month is null && BareMonth().Match(question) is { Success: true } bare)
        {
            month = Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.MonthNames, m => m.Equals(bare.Value, StringComparison.OrdinalIgnoreCase)) + 1;
            spans.Add(new TextSpan(bare.Index, bare.Length));
        }

        return year is null && month is null ? null : new QuestionPeriod(year, month, spans);
    }

    /// <summary>How well <paramref name="fact"/> fits the period: a bonus, nothing, or a penalty.</summary>
    public double Fit(IndexedFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var dates = DatesOf(fact.Fact);
        if (dates.Count > 0) return dates.Any(Overlaps) ? DatedMatch : DatedConflict;
        // "During this meeting, Rubinyan and Kilic agreed …" may tell of the event the sentence before dates ("The special
        // envoys met in late July …"), or of a later one: an undated sentence fits the period when the last dated
        // sentence before it in its paragraph does, and is never held against it.
        if (DatedBefore(fact) is { } earlier && earlier.Any(Overlaps)) return DatedMatch;
        var published = fact.Source.Published;
        if (Contains(published)) return SourceMatch;
        return Year is { } y && (published.Year < y || published.Year == y && Month is { } m && published.Month < m) ? SourceConflict : 0;
    }

    private List<EventDate>? DatedBefore(IndexedFact fact)
    {
        var sentences = fact.Paragraph.Facts;
        for (var before = Math.Min(fact.SentenceIndex, sentences.Count) - 1; before >= 0; before--)
        {
            if (DatesOf(sentences[before].Fact) is { Count: > 0 } dates) return dates;
        }

        return null;
    }

    private List<EventDate> DatesOf(Fact fact) => fact.Dates.Where(d => d.Precision != DatePrecision.Year || Year is not null).ToList();

    /// <summary>
    /// <paramref name="coverage"/> of the question's concepts (weighing <paramref name="total"/>) with the period
    /// counted as one more concept, covered when the fact fits it.
    /// </summary>
    public double Cover(double coverage, double total, double fit) =>
        Weight <= 0 || total + Weight <= 0 ? coverage : (coverage * total + (fit > 0 ? Weight : 0)) / (total + Weight);

    private bool Overlaps(EventDate date)
    {
        for (var day = new DateOnly(date.Date.Year, date.Date.Month, 1); day <= date.Latest; day = day.AddMonths(1))
        {
            if (Contains(day)) return true;
        }

        return false;
    }

    private bool Contains(DateOnly day) =>
        (Year is null || day.Year == Year) && (Month is null || day.Month == Month);

    private static bool MonthNamed(string text) =>
        CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Any(m => m.Length > 0 && text.Contains(m, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"\bmay(?=\s+(?:1[89]|20)\d\d\b)")]
    private static partial Regex LowerCaseMayBeforeYear();

    [GeneratedRegex(@"\b(?:1[89]|20)\d\d\b")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"\b(?:January|February|April|June|July|August|September|October|November|December)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BareMonth();
}
