using ChatBot.Knowledge.Corpus;

namespace ChatBot.Knowledge.Indexing;

/// <summary>What a (re)index did, for the admin who asked (<see cref="Hosting.ReindexReportText"/> puts it in words).</summary>
/// <param name="Outcome">Built, opened, failed or refused because another reindex was running.</param>
/// <param name="Version">The index version serving afterwards: the new one, or for a failed or refused reindex the one that keeps serving (0 when none).</param>
/// <param name="Elapsed">How long the build took.</param>
/// <param name="Sources">Sources in the serving index.</param>
/// <param name="Paragraphs">Body paragraphs in the serving index.</param>
/// <param name="Facts">Facts in the serving index.</param>
/// <param name="Added">Sources new since the previous generation.</param>
/// <param name="Changed">Sources whose text or metadata changed.</param>
/// <param name="Removed">Files of sources no longer indexed.</param>
/// <param name="Skipped">Seed files and catalog entries left out or not used, with reasons.</param>
/// <param name="Notes">Other things worth telling the admin (inferred metadata, ...).</param>
/// <param name="Error">Why the build failed, or null.</param>
public sealed record ReindexReport(
    ReindexOutcome Outcome,
    int Version,
    TimeSpan Elapsed,
    int Sources,
    int Paragraphs,
    int Facts,
    IReadOnlyList<Source> Added,
    IReadOnlyList<Source> Changed,
    IReadOnlyList<string> Removed,
    IReadOnlyList<SkippedSeed> Skipped,
    IReadOnlyList<string> Notes,
    string? Error)
{
    internal static ReindexReport Opened(CorpusModel model, int version) =>
        new(ReindexOutcome.Opened, version, TimeSpan.Zero, model.Articles.Count, model.Paragraphs.Count, model.Facts.Count, [], [], [], model.Load.Skipped, model.Load.Notes, null);

    internal static ReindexReport AlreadyRunning() =>
        new(ReindexOutcome.AlreadyRunning, 0, TimeSpan.Zero, 0, 0, 0, [], [], [], [], [], "a reindex is already running");

    internal static ReindexReport Failed(CorpusModel model, string error, CorpusModel? previous) =>
        new(ReindexOutcome.Failed, 0, TimeSpan.Zero, previous?.Articles.Count ?? 0, previous?.Paragraphs.Count ?? 0, previous?.Facts.Count ?? 0, [], [], [], model.Load.Skipped, model.Load.Notes, error);

    internal static ReindexReport Crashed(string error, CorpusModel? previous) =>
        new(ReindexOutcome.Failed, 0, TimeSpan.Zero, previous?.Articles.Count ?? 0, previous?.Paragraphs.Count ?? 0, previous?.Facts.Count ?? 0, [], [], [], [], [], error);

    // previous: the sources of the index this one replaces (null when there was none), from memory or its folder.
    internal static ReindexReport Built(CorpusModel model, int version, TimeSpan elapsed, SourceManifest? previous)
    {
        var now = SourceManifest.Of(model).Fingerprints;
        var before = previous?.Fingerprints ?? new Dictionary<string, string>();
        var added = model.Articles.Where(a => !before.ContainsKey(a.Source.File)).Select(a => a.Source).ToList();
        var changed = model.Articles
            .Where(a => before.TryGetValue(a.Source.File, out var old) && !string.Equals(old, now[a.Source.File], StringComparison.Ordinal))
            .Select(a => a.Source).ToList();
        var removed = before.Keys.Where(f => !now.ContainsKey(f)).Order(StringComparer.Ordinal).ToList();
        return new(ReindexOutcome.Built, version, elapsed, model.Articles.Count, model.Paragraphs.Count, model.Facts.Count, added, changed, removed, model.Load.Skipped, model.Load.Notes, null);
    }
}
