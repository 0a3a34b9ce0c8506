using System.Globalization;
using System.Text;
using ChatBot.Knowledge.Corpus;
using ChatBot.Knowledge.Indexing;

namespace ChatBot.Knowledge.Hosting;

/// <summary>
/// The reindex report in words, the same for the command line, the chat and <c>POST /admin/reindex</c>: a summary
/// line, then one line each for new, changed and removed sources, skipped seeds and catalog problems.
/// </summary>
public static class ReindexReportText
{
    private const string MissingFileReason = "catalog entry's file is missing";

    /// <summary>Formats <paramref name="report"/>; lines are separated by <c>\n</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Format(ReindexReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        switch (report.Outcome)
        {
            case ReindexOutcome.AlreadyRunning:
                return "A reindex is already running; try again when it has finished.";
            case ReindexOutcome.Failed:
                sb.Append(inv, $"Reindex failed: {report.Error}. ");
                sb.Append(report.Version > 0
                    ? string.Create(inv, $"The previous index (version {report.Version}) keeps serving.")
                    : "No index is serving yet.");
                break;
            case ReindexOutcome.Opened:
                sb.Append(inv, $"Opened index version {report.Version}: {Count(report.Sources, "source")}, ")
                  .Append(inv, $"{Count(report.Paragraphs, "paragraph")}, {Count(report.Facts, "fact")} (the seeds are unchanged since it was built).");
                break;
            default:
                sb.Append(inv, $"Reindexed in {report.Elapsed.TotalSeconds:0.0} s: {Count(report.Sources, "source")} ")
                  .Append(inv, $"({report.Added.Count} new, {report.Changed.Count} changed, {report.Removed.Count} removed), ")
                  .Append(inv, $"{Count(report.Paragraphs, "paragraph")}, {Count(report.Facts, "fact")}. Index version {report.Version} now serves.");
                break;
        }

        foreach (var source in report.Added) sb.Append("\nNew: ").Append(Describe(source)).Append('.');
        foreach (var source in report.Changed) sb.Append("\nChanged: ").Append(Describe(source)).Append('.');
        if (report.Removed.Count > 0) sb.Append("\nRemoved: ").AppendJoin(", ", report.Removed).Append('.');

        var (skipped, catalog) = Split(report.Skipped);
        if (skipped.Count > 0) sb.Append("\nSkipped: ").AppendJoin("; ", skipped.Select(s => $"{s.File} ({s.Reason})")).Append('.');
        if (catalog.Count > 0)
        {
            sb.Append("\nCatalog problems: ").AppendJoin("; ", catalog.Select(s => $"{s.File} ({s.Reason})"))
              .Append(". Files without a usable catalog entry are indexed with metadata inferred from their text.");
        }

        foreach (var note in Notes(report)) sb.Append("\nNote: ").Append(note);
        return sb.ToString();
    }

    private static string Describe(Source source)
    {
        var date = source.Published.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        if (source.IsCataloged)
        {
            return source.Publisher is { Length: > 0 } publisher ? $"{source.Title} ({publisher}, {date})" : $"{source.Title} ({date})";
        }

        var basis = source.DateBasis.StartsWith(MetadataInference.FromTextBasis, StringComparison.Ordinal)
            ? "inferred from the text because the catalog has no entry"
            : source.DateBasis == MetadataInference.FromFileTimeBasis
                ? "the file's date, because the catalog has no entry and the text names no full date"
                : source.DateBasis;
        return $"{source.Title} ({date}, {basis})";
    }

    // A file left out is "skipped"; a catalog problem leaves the file in, with inferred metadata.
    private static (List<SkippedSeed> Skipped, List<SkippedSeed> Catalog) Split(IReadOnlyList<SkippedSeed> all)
    {
        var catalog = all.Where(s => s.Reason != MissingFileReason
            && (s.File == CatalogReader.FileName || s.Reason.StartsWith("catalog", StringComparison.Ordinal)));
        var catalogList = catalog.ToList();
        return (all.Except(catalogList).OrderBy(s => s.File, StringComparer.Ordinal).ToList(), catalogList);
    }

    // Notes repeating what the lines above already say (a new file's inferred metadata, a rejected catalog) are left out.
    private static IEnumerable<string> Notes(ReindexReport report) =>
        report.Notes.Where(n => !n.StartsWith(CatalogReader.FileName, StringComparison.Ordinal)
            && !report.Added.Any(a => n.StartsWith(a.File + ": no catalog entry", StringComparison.Ordinal)));

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {noun}{(count == 1 ? "" : "s")}");
}
