using ChatBot.Knowledge.Paragraphs;

namespace ChatBot.Knowledge.Facts;

/// <summary>A date the text refers to, resolved against the publication date.</summary>
/// <param name="Date">The resolved date (the first day of a month or year when less precise).</param>
/// <param name="Precision">Day, month or year.</param>
/// <param name="Span">Where the expression is, relative to the sentence.</param>
/// <param name="EndDate">Last day of a range ("May 1-4"), else null.</param>
public sealed record EventDate(DateOnly Date, DatePrecision Precision, TextSpan Span, DateOnly? EndDate = null)
{
    /// <summary>The latest day the expression can mean, used to order events.</summary>
    public DateOnly Latest => EndDate ?? Precision switch
    {
        DatePrecision.Month => Date.AddMonths(1).AddDays(-1),
        DatePrecision.Year => new DateOnly(Date.Year, 12, 31),
        _ => Date,
    };
}
