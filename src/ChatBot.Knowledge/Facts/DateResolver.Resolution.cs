using System.Globalization;
using System.Text.RegularExpressions;
using ChatBot.Knowledge.Paragraphs;

namespace ChatBot.Knowledge.Facts;

/// <summary>Date arithmetic for each kind of expression.</summary>
public sealed partial class DateResolver
{
    private static EventDate? DayRange(DateResolver self, Match m, Context c)
    {
        var month = MonthNumber(m.Groups["m"].Value);
        var from = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        var to = int.Parse(m.Groups["d2"].Value, CultureInfo.InvariantCulture);
        var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : (int?)null;
        if (to <= from || !IsDay(2000, month, from) || !IsDay(2000, month, to))
        {
            return null;
        }

        var y = year ?? self.InferYear(c, m, month, from);
        return IsDay(y, month, to)
            ? new EventDate(new DateOnly(y, month, from), DatePrecision.Day, default, new DateOnly(y, month, to))
            : null;
    }

    private static EventDate? DayInMonth(DateResolver self, Match m, Context c)
    {
        var month = MonthNumber(m.Groups["m"].Value);
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (!IsDay(2000, month, day))
        {
            return null;
        }

        var y = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : self.InferYear(c, m, month, day);
        return IsDay(y, month, day) ? new EventDate(new DateOnly(y, month, day), DatePrecision.Day, default) : null;
    }

    /// <summary>"December 2022", "mid-December", "late April 2023", "in July".</summary>
    private static EventDate? MonthOfYear(DateResolver self, Match m, Context c)
    {
        var month = MonthNumber(m.Groups["m"].Value);
        var (firstDay, lastDay, typicalDay) = Part(m.Groups["q"]);
        var y = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : self.InferYear(c, m, month, firstDay);
        var start = new DateOnly(y, month, 1);
        var end = lastDay is { } d ? new DateOnly(y, month, Math.Min(d, DateTime.DaysInMonth(y, month))) : (DateOnly?)null;
        var date = self.CapToPublication(new EventDate(start, DatePrecision.Month, default, end), c, m);
        // "late April" sorts after "23 April": it stands for a typical day of its part of the month (never past
        // what the report can know), while its month precision keeps it displayed as "April 2023".
        var typical = new DateOnly(y, month, Math.Min(typicalDay, DateTime.DaysInMonth(y, month)));
        return date with { Date = typical > date.Latest ? date.Latest : typical };
    }

    /// <summary>"last September" is the most recent September before the publication month.</summary>
    private static EventDate? RelativeMonth(DateResolver self, Match m, Context c)
    {
        var month = MonthNumber(m.Groups["m"].Value);
        var p = c.Published;
        var y = m.Groups["r"].Value.ToLowerInvariant() switch
        {
            "last" or "past" => month < p.Month ? p.Year : p.Year - 1,
            "next" => month > p.Month ? p.Year : p.Year + 1,
            _ => p.Year,
        };
        return new EventDate(new DateOnly(y, month, 1), DatePrecision.Month, default);
    }

    /// <summary>"last month", "this year", "late last year", "next week".</summary>
    private static EventDate? RelativePeriod(DateResolver self, Match m, Context c)
    {
        var p = c.Published;
        var shift = m.Groups["r"].Value.ToLowerInvariant() switch
        {
            "last" or "past" => -1,
            "next" => 1,
            _ => 0,
        };
        var date = m.Groups["u"].Value.ToLowerInvariant() switch
        {
            "year" => new EventDate(new DateOnly(p.Year + shift, 1, 1), DatePrecision.Year, default),
            "month" => new EventDate(new DateOnly(p.Year, p.Month, 1).AddMonths(shift), DatePrecision.Month, default),
            _ => Week(p.AddDays(7 * shift)),
        };
        return shift == 0 ? self.CapToPublication(date, c, m) : date;
    }

    private static EventDate? Ago(DateResolver self, Match m, Context c)
    {
        var n = self.Count(m.Groups["n"].Value);
        var p = c.Published;
        return m.Groups["u"].Value.ToLowerInvariant() switch
        {
            "day" => new EventDate(p.AddDays(-n), DatePrecision.Day, default),
            "week" => Week(p.AddDays(-7 * n)),
            "month" => new EventDate(new DateOnly(p.Year, p.Month, 1).AddMonths(-n), DatePrecision.Month, default),
            _ => new EventDate(new DateOnly(p.Year - n, 1, 1), DatePrecision.Year, default),
        };
    }

    private static EventDate? NamedDay(DateResolver self, Match m, Context c)
    {
        var shift = m.Groups["t"].Value.ToLowerInvariant() switch
        {
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => 0,
        };
        return new EventDate(c.Published.AddDays(shift), DatePrecision.Day, default);
    }

    /// <summary>"two days later", "the next day": relative to the previous dated event of the paragraph.</summary>
    private static EventDate? Later(DateResolver self, Match m, Context c)
    {
        if (c.Anchor is not { } anchor)
        {
            return null;
        }

        var n = m.Groups["n"].Success ? self.Count(m.Groups["n"].Value) : 1;
        var days = m.Groups["u"].Success && m.Groups["u"].Value.StartsWith('w') ? 7 * n : n;
        return new EventDate(anchor.AddDays(days), DatePrecision.Day, default);
    }

    /// <summary>A past report means the named weekday on or before publication; a future one, the next such day.</summary>
    private static EventDate? Weekday(DateResolver self, Match m, Context c)
    {
        var day = (DayOfWeek)Array.IndexOf(CultureInfo.InvariantCulture.DateTimeFormat.DayNames, m.Groups["w"].Value);
        var relation = m.Groups["r"].Success ? m.Groups["r"].Value.ToLowerInvariant() : "";
        var p = c.Published;
        var future = relation == "next" || (relation != "last" && self.IsFuture(c.Sentence, m));
        if (future)
        {
            var ahead = ((int)day - (int)p.DayOfWeek + 7) % 7;
            return new EventDate(p.AddDays(ahead == 0 ? 7 : ahead), DatePrecision.Day, default);
        }

        var back = ((int)p.DayOfWeek - (int)day + 7) % 7;
        return new EventDate(p.AddDays(-(back == 0 && relation == "last" ? 7 : back)), DatePrecision.Day, default);
    }

    /// <summary>A year alone counts only after a preposition ("in 2024", "since 2023"), not as a modifier.</summary>
    private static EventDate? BareYear(DateResolver self, Match m, Context c)
    {
        var before = WordsBefore(c.Sentence, m.Index, 1);
        if (before.Count == 0 || !self._lexicon.YearPrepositions.Contains(before[0]))
        {
            return null;
        }

        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        return self.CapToPublication(new EventDate(new DateOnly(year, 1, 1), DatePrecision.Year, default), c, m);
    }

    /// <summary>
    /// The publication year, unless that puts a reported (past) event after publication, then the year before;
    /// a future event that would fall before publication moves to the next year.
    /// </summary>
    private int InferYear(Context c, Match m, int month, int day)
    {
        var p = c.Published;
        var candidate = new DateOnly(p.Year, month, Math.Min(day, DateTime.DaysInMonth(p.Year, month)));
        if (IsFuture(c.Sentence, m))
        {
            return candidate < p.AddDays(-1) ? p.Year + 1 : p.Year;
        }

        return candidate > p ? p.Year - 1 : p.Year;
    }

    /// <summary>A reported period that is still running ("this year") ends, as far as the report goes, at publication.</summary>
    private EventDate CapToPublication(EventDate date, Context c, Match m) =>
        date.Latest > c.Published && date.Date <= c.Published && !IsFuture(c.Sentence, m)
            ? date with { EndDate = c.Published }
            : date;

    /// <summary>Future when the clause holding the date has a future marker ("will meet on Friday").</summary>
    private bool IsFuture(string sentence, Match m)
    {
        char[] breaks = [',', ';', ':', '\u2014', '\u201C', '\u201D', '"', '(', ')'];
        var start = sentence.LastIndexOfAny(breaks, Math.Max(0, m.Index - 1)) + 1;
        var end = sentence.IndexOfAny(breaks, m.Index + m.Length);
        end = end < 0 ? sentence.Length : end;
        if (TextScan.CountWords(sentence[start..end]) - TextScan.CountWords(m.Value) <= 2 && end < sentence.Length)
        {
            var next = sentence.IndexOfAny(breaks, end + 1);
            end = next < 0 ? sentence.Length : next;
        }

        var clause = TextScan.NormalizePunctuation(sentence[start..end]);
        return _lexicon.FutureMarkers.Any(marker => ContainsWord(clause, marker));
    }

    private static bool ContainsWord(string text, string phrase)
    {
        for (var i = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(phrase, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            var startOk = !char.IsLetter(phrase[0]) || i == 0 || !TextScan.IsWordChar(text[i - 1]);
            if (startOk && (i + phrase.Length >= text.Length || !TextScan.IsWordChar(text[i + phrase.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private int Count(string word) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
        : _lexicon.NumberWords.TryGetValue(word, out var v) ? (int)v
        : 1;

    private static EventDate Week(DateOnly day)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return new EventDate(monday, DatePrecision.Day, default, monday.AddDays(6));
    }

    /// <summary>First, last and typical day of "early", "mid" and "late" parts of a month; the whole month otherwise.</summary>
    private static (int First, int? Last, int Typical) Part(Group qualifier)
    {
        if (!qualifier.Success)
        {
            return (1, null, 1);
        }

        var q = qualifier.Value.ToLowerInvariant();
        return q switch
        {
            _ when q.StartsWith("early", StringComparison.Ordinal) || q.Contains("beginning", StringComparison.Ordinal) || q.Contains("start", StringComparison.Ordinal) => (1, 10, 5),
            _ when q.StartsWith("mid", StringComparison.Ordinal) || q.Contains("middle", StringComparison.Ordinal) => (11, 20, 15),
            _ => (21, 31, 25),
        };
    }

    private static int MonthNumber(string name) =>
        Array.IndexOf(CultureInfo.InvariantCulture.DateTimeFormat.MonthNames, name) + 1;

    private static bool IsDay(int year, int month, int day) => day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
