namespace ChatBot.Bot.Rendering;

/// <summary>
/// Shortens a verbatim passage to a window around its most relevant part, cut at word boundaries and marked with
/// ellipses. The words kept are never changed.
/// </summary>
public static class PassageTrimmer
{
    public const char Ellipsis = '…';

    /// <param name="passage">The verbatim passage.</param>
    /// <param name="anchor">The part to keep in view (e.g. the quoted clause); null or not found keeps the start.</param>
    /// <param name="maxLength">Longest result, ellipses included.</param>
    public static string Trim(string passage, string? anchor, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(passage);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 3);
        passage = passage.Trim();
        if (passage.Length <= maxLength) return passage;

        var budget = maxLength - 2;
        var anchorAt = anchor is { Length: > 0 } ? passage.IndexOf(anchor.Trim(), StringComparison.Ordinal) : -1;
        int start;
        if (anchorAt < 0)
        {
            start = 0;
        }
        else
        {
            var anchorLength = anchor!.Trim().Length;
            // Centre the anchor when it fits, else start where it starts.
            start = anchorLength >= budget ? anchorAt : Math.Max(0, anchorAt - ((budget - anchorLength) / 2));
        }

        start = Math.Min(start, passage.Length - budget);
        var end = start + budget;

        // Cut at word boundaries: drop a partial word at either cut.
        if (start > 0 && !char.IsWhiteSpace(passage[start - 1]))
        {
            var space = passage.IndexOf(' ', start, end - start);
            if (space > 0) start = space + 1;
        }

        if (end < passage.Length && !char.IsWhiteSpace(passage[end]))
        {
            var space = passage.LastIndexOf(' ', end - 1, end - start);
            if (space > start) end = space;
        }

        var window = passage[start..end].Trim();
        var prefix = start > 0 ? Ellipsis.ToString() : "";
        var suffix = end < passage.Length ? Ellipsis.ToString() : "";
        return prefix + window + suffix;
    }
}
