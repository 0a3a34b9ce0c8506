using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatBot.Knowledge.Corpus;

/// <summary>Finds full calendar dates in text: "January 10, 2024", "10 January 2024", "Jan. 10, 2024", "2024-01-10".</summary>
internal static class TextDates
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private static readonly Dictionary<string, int> Months = BuildMonths();
    private static readonly string MonthPattern = string.Join('|', Months.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));

    private static readonly Regex MonthFirst = new(
        $@"\b(?<month>{MonthPattern})\.?\s+(?<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?<year>\d{{4}})\b",
        RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex DayFirst = new(
        $@"\b(?<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>{MonthPattern})\.?,?\s+(?<year>\d{{4}})\b",
        RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex Iso = new(
        @"\b(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})\b",
        RegexOptions.CultureInvariant, Timeout);

    public static IEnumerable<DateOnly> Find(string text)
    {
        foreach (var regex in new[] { MonthFirst, DayFirst, Iso })
        {
            foreach (Match match in regex.Matches(text))
            {
                if (TryDate(match, out var date))
                {
                    yield return date;
                }
            }
        }
    }

    private static bool TryDate(Match match, out DateOnly date)
    {
        date = default;
        var monthText = match.Groups["month"].Value;
        var month = char.IsDigit(monthText[0]) ? int.Parse(monthText, CultureInfo.InvariantCulture) : Months[monthText];
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (year < 1900 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static Dictionary<string, int> BuildMonths()
    {
        var format = CultureInfo.InvariantCulture.DateTimeFormat;
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var m = 1; m <= 12; m++)
        {
            months[format.GetMonthName(m)] = m;
            months[format.GetAbbreviatedMonthName(m)] = m;
        }

        months["Sept"] = 9;
        return months;
    }
}
