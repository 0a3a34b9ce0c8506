using System.Globalization;
using ChatBot.Knowledge.Facts;

namespace ChatBot.Knowledge.Answers.Composing;

/// <summary>
/// Dates in the bot's own words, as precise as the source allows: "19 April 2024", "1–4 May 2023", "May 2024",
/// "2022"; an undated statement shows its source's date.
/// </summary>
internal static class DateText
{
    public static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Of(EventDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        return date.Precision switch
        {
            DatePrecision.Day when date.EndDate is { } end && end != date.Date && end.Month == date.Date.Month && end.Year == date.Date.Year =>
                string.Create(CultureInfo.InvariantCulture, $"{date.Date.Day}\u2013{Day(end)}"),
            DatePrecision.Day => Day(date.Date),
            DatePrecision.Month => date.Date.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
            DatePrecision.Year => date.Date.Year.ToString(CultureInfo.InvariantCulture),
            _ => Day(date.Date),
        };
    }
}
