using System.Globalization;
using System.Text;
using ChatBot.Bot.Channels;
using ChatBot.Knowledge.Answers;

namespace ChatBot.Bot.Rendering;

/// <summary>The text parts of a reply: answer lines with [n] markers, and the numbered source list.</summary>
public static class AnswerTextBuilder
{
    /// <summary>
    /// One answer line: <c>{Prefix }{…}{Quote with the highlight in bold}{…} [n]</c>.
    /// </summary>
    public static string Line(AnswerLine line, TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(line);
        var sb = new StringBuilder();
        if (line.Prefix is { Length: > 0 } prefix) sb.Append(prefix.Trim()).Append(' ');
        if (line.ElidedStart) sb.Append(PassageTrimmer.Ellipsis);
        AppendHighlighted(sb, line.Quote, line.Highlight?.Start, line.Highlight?.Length, style);
        if (line.ElidedEnd) sb.Append(PassageTrimmer.Ellipsis);
        foreach (var n in line.Citations) sb.Append(CultureInfo.InvariantCulture, $" [{n}]");
        return sb.ToString();
    }

    /// <summary>
    /// One source entry: <c>[n] "passage"</c>, then <c>    title, publisher, d MMMM yyyy</c> on the next line.
    /// </summary>
    /// <param name="citation">The citation.</param>
    /// <param name="passage">The passage as shown (verbatim, possibly trimmed with ellipses).</param>
    public static string Source(Citation citation, string passage)
    {
        ArgumentNullException.ThrowIfNull(citation);
        var publisher = citation.Publisher is { Length: > 0 } p ? $", {p.Trim()}" : "";
        var date = citation.Published.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"[{citation.Position}] \"{passage}\"\n    {citation.Title.Trim()}{publisher}, {date}");
    }

    private static void AppendHighlighted(StringBuilder sb, string quote, int? start, int? length, TextStyle style)
    {
        if (start is not { } s || length is not { } l || s < 0 || l <= 0 || s + l > quote.Length)
        {
            sb.Append(quote);
            return;
        }

        // Markers must touch the words they embolden, or neither markdown nor mrkdwn renders them.
        var e = s + l;
        while (s < e && char.IsWhiteSpace(quote[s])) s++;
        while (e > s && char.IsWhiteSpace(quote[e - 1])) e--;
        if (s == e)
        {
            sb.Append(quote);
            return;
        }

        sb.Append(quote, 0, s).Append(Markup.Bold(style, quote[s..e])).Append(quote, e, quote.Length - e);
    }
}
