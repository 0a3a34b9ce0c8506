namespace ChatBot.Knowledge.Facts;

/// <summary>How precisely a resolved date is known.</summary>
public enum DatePrecision
{
    /// <summary>The text names no date; the source's publication date stands in.</summary>
    Source,
    Year,
    Month,
    Day,
}
