using System.Globalization;
using System.Text;
using ChatBot.Knowledge.Answers;

namespace ChatBot.Cli;

/// <summary>Plain-text rendering of an answer for the console: lead lines, then numbered sources.</summary>
internal static class AnswerText
{
    public static string Format(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var sb = new StringBuilder();
        if (answer.Notice is { Length: > 0 } notice) sb.AppendLine(notice);
        foreach (var line in answer.Lines)
        {
            if (line.Prefix is { Length: > 0 } prefix) sb.Append(prefix).Append(' ');
            sb.Append(line.ElidedStart ? "…" : "").Append(line.Quote).Append(line.ElidedEnd ? "…" : "");
            foreach (var n in line.Citations) sb.Append(CultureInfo.InvariantCulture, $" [{n}]");
            sb.AppendLine();
        }

        if (answer.Citations.Count > 0) sb.AppendLine().AppendLine("Sources:");
        foreach (var c in answer.Citations)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"[{c.Position}] \"{c.Passage}\"");
            var publisher = c.Publisher is { Length: > 0 } p ? $", {p}" : "";
            sb.AppendLine(CultureInfo.InvariantCulture, $"    {c.Title}{publisher}, {c.Published:d MMMM yyyy} ({c.File})");
        }

        if (answer.Suggestions.Count > 0)
        {
            sb.AppendLine().AppendLine("You could ask:");
            foreach (var s in answer.Suggestions) sb.AppendLine(CultureInfo.InvariantCulture, $"  - {s}");
        }

        return sb.ToString().TrimEnd();
    }
}
