using System.Globalization;
using System.Text;
using ChatBot.Knowledge.Indexing;

namespace ChatBot.Cli;

/// <summary>The reindex report in words, for the console and admins.</summary>
internal static class ReindexReportText
{
    public static string Format(ReindexReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        switch (report.Outcome)
        {
            case ReindexOutcome.AlreadyRunning:
                return "A reindex is already running; try again when it has finished.";
            case ReindexOutcome.Failed:
                sb.Append(inv, $"Reindex failed: {report.Error}. The previous index keeps serving.");
                break;
            default:
                sb.Append(inv, $"Reindexed in {report.Elapsed.TotalSeconds:0.0} s: {report.Sources} sources ")
                  .Append(inv, $"({report.Added.Count} new, {report.Changed.Count} changed, {report.Removed.Count} removed), ")
                  .Append(inv, $"{report.Paragraphs:N0} paragraphs, {report.Facts:N0} facts. Index version {report.Version}.");
                break;
        }

        foreach (var source in report.Added)
        {
            var basis = source.IsCataloged ? "" : $", {source.DateBasis}";
            sb.Append(inv, $"\nNew: {source.Title} ({source.Published:d MMMM yyyy}{basis}).");
        }

        foreach (var source in report.Changed) sb.Append(inv, $"\nChanged: {source.Title}.");
        foreach (var file in report.Removed) sb.Append(inv, $"\nRemoved: {file}.");
        if (report.Skipped.Count > 0)
        {
            sb.Append("\nSkipped: ").AppendJoin("; ", report.Skipped.Select(s => $"{s.File} ({s.Reason})")).Append('.');
        }

        foreach (var note in report.Notes) sb.Append(inv, $"\nNote: {note}");
        return sb.ToString();
    }
}
