using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatBot.Knowledge.Corpus;

/// <summary>
/// Reads the seeds folder: every .txt file in ordinal file-name order, with metadata from <c>catalog.json</c>,
/// or inferred (title from the headline or first sentence, date from the latest date in the text) when the
/// catalog has no usable entry. Never throws for bad seeds: they are listed in <see cref="CorpusLoadResult.Skipped"/>.
/// </summary>
public sealed class CorpusLoader
{
    private static readonly EnumerationOptions TxtFiles = new() { MatchCasing = MatchCasing.CaseInsensitive, RecurseSubdirectories = false };

    private readonly ILogger<CorpusLoader> _logger;

    public CorpusLoader()
        : this(NullLogger<CorpusLoader>.Instance)
    {
    }

    public CorpusLoader(ILogger<CorpusLoader> logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;
    }

    /// <summary>Loads every seed in <paramref name="seedsPath"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="seedsPath"/> is null.</exception>
    public CorpusLoadResult Load(string seedsPath)
    {
        ArgumentNullException.ThrowIfNull(seedsPath);
        if (!Directory.Exists(seedsPath))
        {
            Log.SeedsFolderMissing(_logger, seedsPath);
            return new CorpusLoadResult([], [new SkippedSeed(seedsPath, "seeds folder not found")], []);
        }

        var catalog = CatalogReader.Read(seedsPath);
        var skipped = new List<SkippedSeed>(catalog.Skipped);
        var notes = new List<string>(catalog.Notes);
        var documents = new List<SeedDocument>();
        string[] paths;
        try
        {
            paths = Directory.GetFiles(seedsPath, "*.txt", TxtFiles);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            skipped.Add(new SkippedSeed(seedsPath, "seeds folder unreadable (" + ex.Message + ")"));
            return Finish(seedsPath, documents, skipped, notes);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths.OrderBy(Path.GetFileName, StringComparer.Ordinal))
        {
            var file = Path.GetFileName(path);
            seen.Add(file);
            var text = SeedFileReader.TryRead(path, out var reason);
            if (text is null)
            {
                skipped.Add(new SkippedSeed(file, reason));
                continue;
            }

            documents.Add(new SeedDocument(Describe(path, file, text, catalog, notes), text));
        }

        foreach (var entry in catalog.Entries.Keys.Where(f => !seen.Contains(f)).Order(StringComparer.Ordinal))
        {
            skipped.Add(new SkippedSeed(entry, "catalog entry's file is missing"));
        }

        return Finish(seedsPath, documents, skipped, notes);
    }

    private Source Describe(string path, string file, string text, Catalog catalog, List<string> notes)
    {
        if (catalog.Entries.TryGetValue(file, out var entry))
        {
            var title = entry.Title ?? MetadataInference.InferTitle(text, file);
            if (entry.Title is null)
            {
                notes.Add($"{file}: catalog entry has no title; using \"{title}\".");
            }

            return new Source(file, title, entry.Publisher, entry.Published, entry.Url, entry.Author, entry.DateBasis ?? "catalog", IsCataloged: true);
        }

        var inferredTitle = MetadataInference.InferTitle(text, file);
        var (published, basis) = MetadataInference.InferDate(text, SafeWriteTime(path), DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1));
        Log.MetadataInferred(_logger, file, published, basis);
        notes.Add(string.Create(CultureInfo.InvariantCulture, $"{file}: no catalog entry; title \"{inferredTitle}\", published {published:yyyy-MM-dd} ({basis})."));
        return new Source(file, inferredTitle, null, published, null, null, basis, IsCataloged: false);
    }

    private static DateTime SafeWriteTime(string path)
    {
        try
        {
            return File.GetLastWriteTimeUtc(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return DateTime.UtcNow;
        }
    }

    private CorpusLoadResult Finish(string seedsPath, List<SeedDocument> documents, List<SkippedSeed> skipped, List<string> notes)
    {
        foreach (var skip in skipped)
        {
            Log.SeedSkipped(_logger, skip.File, skip.Reason);
        }

        foreach (var note in notes)
        {
            Log.CorpusNote(_logger, note);
        }

        Log.CorpusLoaded(_logger, documents.Count, skipped.Count, seedsPath);
        return new CorpusLoadResult(documents, skipped, notes);
    }
}
