using ChatBot.Knowledge.Corpus;
using ChatBot.Knowledge.Hosting;
using ChatBot.Knowledge.Indexing;

namespace ChatBot.Admin;

/// <summary>The reindex report as JSON, for <c>POST /admin/reindex</c> and <c>reindex --json</c>.</summary>
internal sealed record ReindexResponse(
    ReindexOutcome Outcome,
    int Version,
    double ElapsedSeconds,
    int Sources,
    int Paragraphs,
    int Facts,
    IReadOnlyList<ReindexResponse.SourceEntry> Added,
    IReadOnlyList<ReindexResponse.SourceEntry> Changed,
    IReadOnlyList<string> Removed,
    IReadOnlyList<SkippedSeed> Skipped,
    IReadOnlyList<string> Notes,
    string? Error,
    string Text)
{
    public static ReindexResponse From(ReindexReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(
            report.Outcome,
            report.Version,
            Math.Round(report.Elapsed.TotalSeconds, 3),
            report.Sources,
            report.Paragraphs,
            report.Facts,
            [.. report.Added.Select(SourceEntry.From)],
            [.. report.Changed.Select(SourceEntry.From)],
            report.Removed,
            report.Skipped,
            report.Notes,
            report.Error,
            ReindexReportText.Format(report));
    }

    /// <summary>A new or changed source; <c>MetadataInferred</c> when the catalog has no entry for it.</summary>
    internal sealed record SourceEntry(string File, string Title, string? Publisher, DateOnly Published, bool MetadataInferred, string DateBasis)
    {
        public static SourceEntry From(Source s) => new(s.File, s.Title, s.Publisher, s.Published, !s.IsCataloged, s.DateBasis);
    }
}
