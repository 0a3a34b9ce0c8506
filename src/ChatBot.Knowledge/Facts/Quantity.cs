using ChatBot.Knowledge.Paragraphs;

namespace ChatBot.Knowledge.Facts;

/// <summary>A number with its unit, e.g. "12-kilometer", "$150 billion", "80%", "four villages".</summary>
/// <param name="Value">The numeric value ("four" = 4, "$150 billion" = 150e9).</param>
/// <param name="Unit">Normalised unit or counted noun ("km", "usd", "percent", "village"), or null.</param>
/// <param name="Span">Where the quantity is, relative to the sentence.</param>
public sealed record Quantity(decimal Value, string? Unit, TextSpan Span)
{
    /// <summary>True for a rank ("11th draft", "fifth round"), which is no count.</summary>
    public bool IsOrdinal { get; init; }
}
