using ChatBot.Knowledge.Corpus;
using ChatBot.Knowledge.Embeddings;
using ChatBot.Knowledge.Hosting;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using LDirectory = Lucene.Net.Store.Directory;

namespace ChatBot.Knowledge.Indexing;

/// <summary>
/// The live index: builds a generation beside the serving one, validates it and swaps it in atomically.
/// Requests lease the current snapshot; a swap never disturbs a request in flight.
/// </summary>
internal sealed partial class KnowledgeIndex(
    IOptions<KnowledgeOptions> options,
    CorpusLoader loader,
    CorpusModelBuilder modelBuilder,
    KnowledgeText text,
    GenerationVectors vectors,
    TimeProvider clock,
    IHostCoordinator coordinator,
    ILogger<KnowledgeIndex> logger) : IDisposable
{
    /// <summary>The lock that lets one host at a time build a generation (hosts may share the index folder).</summary>
    public const string BuildLockName = "index-build";

    // At start-up another host may be building the very generation this one needs: wait for it rather than build twice.
    private static readonly TimeSpan StartupBuildWait = TimeSpan.FromMinutes(10);

    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(5);

    private readonly System.Threading.Lock _gate = new();
    private readonly SemaphoreSlim _buildLock = new(1, 1);
    private KnowledgeSnapshot? _current;
    private BuildProgress? _progress;
    private Timer? _progressLog;

    public KnowledgeSnapshot? Current => _current;

    public bool IsReady => _current is not null;

    /// <summary>True while a load or rebuild holds the build lock.</summary>
    public bool IsBuilding => _buildLock.CurrentCount == 0;

    /// <summary>How far the running build is, or null when none runs (or it is only opening a stored generation).</summary>
    public Hosting.ReindexProgress? Progress => IsBuilding ? _progress?.Snapshot() : null;

    /// <summary>Runs <paramref name="use"/> against the current snapshot and a searcher that stays valid meanwhile.</summary>
    public T Use<T>(Func<KnowledgeSnapshot, IndexSearcher, T> use)
    {
        ArgumentNullException.ThrowIfNull(use);
        KnowledgeSnapshot snapshot;
        IndexSearcher searcher;
        lock (_gate)
        {
            snapshot = _current ?? throw new InvalidOperationException("The index is not loaded yet.");
            searcher = snapshot.Searchers.Acquire();
        }

        try
        {
            return use(snapshot, searcher);
        }
        finally
        {
            snapshot.Searchers.Release(searcher);
        }
    }

    /// <summary>Opens the index the pointer names when the seeds are unchanged, else builds a new generation.</summary>
    public ReindexReport LoadOrBuild() => UnderBuildLock(() =>
    {
        var started = clock.GetTimestamp();
        var (fingerprint, stamp) = Fingerprint();
        if (TryOpenPointed(fingerprint, started, removeStale: !coordinator.IsShared) is { } opened) return opened;

        using var lease = coordinator.TryLock(BuildLockName, StartupBuildWait);
        if (lease is null) return ReindexReport.AlreadyRunning();

        // Another host may have built it while this one waited for the lock.
        return TryOpenPointed(fingerprint, started, removeStale: true) ?? BuildAndSwap(fingerprint, stamp, ReadSeeds(), started);
    });

    /// <summary>
    /// Serves the generation another host announced: opens it from the index folder when the folders are shared, else
    /// builds it from this host's seeds under the same version. Nothing happens when it already serves.
    /// </summary>
    public ReindexReport Follow(IndexGeneration generation) => UnderBuildLock(() =>
    {
        ArgumentNullException.ThrowIfNull(generation);
        var previous = _current;
        if (previous is not null && previous.Version >= generation.Version) return ReindexReport.Opened(previous.Model, previous.Version);

        var started = clock.GetTimestamp();
        var (fingerprint, stamp) = Fingerprint();
        if (fingerprint != generation.Fingerprint)
        {
            // The seeds here differ from those the generation was built from: serving it would mix two corpora.
            Log.SeedsDiffer(logger, generation.Version);
            return ReindexReport.Failed(ReadSeeds(), "this host's seeds differ from those of index version " + generation.Version, previous?.Model);
        }

        var pointer = IndexPointer.Read(options.Value.IndexPath);
        if (pointer is not null && pointer.Version == generation.Version && pointer.Fingerprint == fingerprint
            && TryOpen(options.Value.IndexPath, pointer) is { } snapshot)
        {
            Swap(snapshot);
            Log.IndexFollowed(logger, pointer.Version, snapshot.Model.Articles.Count, snapshot.Model.Facts.Count);
            return ReindexReport.Built(snapshot.Model, pointer.Version, clock.GetElapsedTime(started), previous is null ? null : SourceManifest.Of(previous.Model));
        }

        // The index folder is not shared: build the same generation here, one host at a time.
        using var lease = coordinator.TryLock(BuildLockName, StartupBuildWait);
        return lease is null ? ReindexReport.AlreadyRunning() : BuildAndSwap(fingerprint, stamp, ReadSeeds(), started, generation.Version, announce: false);
    });

    /// <summary>
    /// The seeds' fingerprint, and their stamp (names, sizes, times): when the stamp matches the pointer's, the seeds
    /// are unchanged and their contents are not read.
    /// </summary>
    private (string Fingerprint, string Stamp) Fingerprint()
    {
        var stamp = SeedFingerprint.Stamp(options.Value.SeedsPath);
        var pointer = IndexPointer.Read(options.Value.IndexPath);
        return (pointer?.SeedStamp == stamp ? pointer.Fingerprint : SeedFingerprint.Compute(options.Value.SeedsPath), stamp);
    }

    private ReindexReport? TryOpenPointed(string fingerprint, long started, bool removeStale)
    {
        var indexPath = options.Value.IndexPath;
        var pointer = IndexPointer.Read(indexPath);
        if (pointer is null || pointer.Fingerprint != fingerprint || TryOpen(indexPath, pointer) is not { } snapshot) return null;
        Swap(snapshot);
        if (removeStale) RemoveStaleGenerations(indexPath, pointer.Folder);
        var elapsed = clock.GetElapsedTime(started).TotalMilliseconds;
        Log.IndexOpened(logger, pointer.Version, snapshot.Model.Articles.Count, snapshot.Model.Facts.Count, elapsed);
        return ReindexReport.Opened(snapshot.Model, pointer.Version);
    }

    /// <summary>
    /// The generation the pointer names, read from its stored corpus, or null when it is missing, incomplete or
    /// unreadable (or was written before generations stored their corpus).
    /// </summary>
    private KnowledgeSnapshot? TryOpen(string indexPath, IndexPointer pointer)
    {
        var folder = Path.Combine(indexPath, pointer.Folder);
        if (CorpusStore.TryRead(folder) is not var (model, vocabulary)) return null;
        var directory = new NIOFSDirectory(folder);
        try
        {
            if (DirectoryReader.IndexExists(directory) && CountFacts(directory) == model.Facts.Count)
            {
                // The ledger is read on first use; a generation that has none gets one written now, so later builds carry from it.
                var ledger = new Lazy<FactLedger?>(() => FactLedger.Open(folder, model, pointer.Version), LazyThreadSafetyMode.ExecutionAndPublication);
                if (!File.Exists(Path.Combine(folder, FactLedger.FileName))) _ = ledger.Value;
                return new KnowledgeSnapshot(pointer.Version, pointer.BuiltAt, folder, directory, model, vocabulary, ledger, vectors.Open(folder, model.Facts)) { Fingerprint = pointer.Fingerprint };
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Lucene reports damaged files as IOExceptions (CorruptIndexException, EndOfStreamException, ...):
            // a damaged generation is rebuilt from the seeds rather than leaving the bot without an index.
            Log.OpenFailed(logger, pointer.Folder, ex);
        }

        directory.Dispose();
        return null;
    }

    /// <summary>Builds a new generation from the seeds and swaps it in; the old one keeps serving if anything fails.</summary>
    public ReindexReport Rebuild() => UnderBuildLock(() =>
    {
        var started = clock.GetTimestamp();
        using var lease = coordinator.TryLock(BuildLockName, TimeSpan.Zero);
        if (lease is null) return ReindexReport.AlreadyRunning();
        var stamp = SeedFingerprint.Stamp(options.Value.SeedsPath);
        var fingerprint = SeedFingerprint.Compute(options.Value.SeedsPath);
        return BuildAndSwap(fingerprint, stamp, ReadSeeds(), started);
    });

    private ReindexReport UnderBuildLock(Func<ReindexReport> build)
    {
        if (!_buildLock.Wait(0)) return ReindexReport.AlreadyRunning();
        try
        {
            return build();
        }
#pragma warning disable CA1031 // Whatever breaks a build (a seed the pipeline chokes on), the serving index must survive it.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            Log.BuildCrashed(logger, ex);
            return ReindexReport.Crashed(ex.Message, _current?.Model);
        }
        finally
        {
            _progressLog?.Dispose();
            _progressLog = null;
            _progress = null;
            _buildLock.Release();
        }
    }

    /// <summary>
    /// Runs the pipeline over the seeds, reusing the extraction of every article the serving generation (or, after
    /// a restart, the stored one) already holds unchanged. Progress is visible in <see cref="Progress"/> meanwhile.
    /// </summary>
    private CorpusModel ReadSeeds()
    {
        var load = loader.Load(options.Value.SeedsPath);
        var progress = new BuildProgress(load.Documents.Count, clock);
        _progress = progress;
        _progressLog = new Timer(_ => LogProgress(progress), null, ProgressInterval, ProgressInterval);
        // After a restart the stored generation's articles are read one by one as they are reused, not all at once.
        var serving = _current?.Model.ExtractedByKey();
        using var stored = serving is null ? CorpusStore.OpenArticles(PointedFolder(options.Value.IndexPath)) : null;
        var model = modelBuilder.Build(load, serving is not null ? serving.GetValueOrDefault : stored is not null ? stored.Find : null, progress);
        progress.WritingIndex();
        var keys = (IReadOnlyCollection<string>?)serving?.Keys ?? stored?.Keys ?? [];
        var reused = model.Extracted.Count(a => keys.Contains(a.ContentKey));
        Log.SourcesRead(logger, model.Articles.Count, reused, progress.Elapsed.TotalMilliseconds);
        return model;
    }

    private ReindexReport BuildAndSwap(string fingerprint, string stamp, CorpusModel model, long started, int? atVersion = null, bool announce = true)
    {
        var indexPath = options.Value.IndexPath;
        var previous = _current?.Model;
        if (model.Facts.Count == 0)
        {
            Log.BuildFailed(logger, "no usable seed articles");
            return ReindexReport.Failed(model, "no usable seed articles were found", previous);
        }

        System.IO.Directory.CreateDirectory(indexPath);
        var version = atVersion ?? Math.Max(Math.Max(_current?.Version ?? 0, IndexPointer.Read(indexPath)?.Version ?? 0), coordinator.Announced()?.Version ?? 0) + 1;
        var folderName = $"gen-{version:D6}-{Guid.NewGuid():N}"[..24];
        var folder = Path.Combine(indexPath, folderName);
        var directory = new NIOFSDirectory(folder);
        var ledger = FactLedger.Carry(PreviousLedger(indexPath), model, version);
        var replaced = _current is { } serving ? SourceManifest.Of(serving.Model) : SourceManifest.Read(PointedFolder(indexPath));
        var vocabulary = Vocabulary(model);
        FactVectors? factVectors;
        try
        {
            LuceneIndexWriter.Write(directory, model, text);
            if (IndexValidator.FindProblem(directory, model) is { } problem) throw new InvalidOperationException("the new index failed its checks: " + problem);
            if (CountFacts(directory) != model.Facts.Count) throw new InvalidOperationException("the new index is incomplete");
            CorpusStore.Write(folder, model, vocabulary);
            ledger.Write(folder);
            SourceManifest.Of(model).Write(folder);
            factVectors = vectors.Build(folder, model.Facts, PreviousFolder(indexPath), _progress);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            directory.Dispose();
            TryDelete(folder);
            Log.BuildFailed(logger, ex.Message);
            return ReindexReport.Failed(model, ex.Message, previous);
        }

        var builtAt = clock.GetUtcNow();

        // Hosts sharing the folder serve the previous generation until they follow this one: it stays for now.
        var shared = coordinator.IsShared ? IndexPointer.Read(indexPath)?.Folder : null;
        new IndexPointer(folderName, fingerprint, version, builtAt, stamp).Write(indexPath);
        Swap(new KnowledgeSnapshot(version, builtAt, folder, directory, model, vocabulary, ledger, factVectors) { Fingerprint = fingerprint });
        RemoveStaleGenerations(indexPath, folderName, shared);
        if (announce) coordinator.Announce(version, fingerprint);
        var report = ReindexReport.Built(model, version, clock.GetElapsedTime(started), replaced);
        Log.IndexBuilt(logger, version, model.Articles.Count, model.Paragraphs.Count, model.Facts.Count, report.Elapsed.TotalMilliseconds);
        return report;
    }

    /// <summary>The ledger to carry forward: the serving generation's, else the one the pointer names (a restart).</summary>
    private IReadOnlyDictionary<string, int>? PreviousLedger(string indexPath) =>
        _current?.Ledger?.Entries ?? FactLedger.ReadEntries(PointedFolder(indexPath));

    /// <summary>The generation folder the pointer names (the index serving before a restart), or null.</summary>
    private static string? PointedFolder(string indexPath) =>
        IndexPointer.Read(indexPath) is { } pointer ? Path.Combine(indexPath, pointer.Folder) : null;

    /// <summary>The serving generation's folder, else the one the pointer names (a restart).</summary>
    private string? PreviousFolder(string indexPath) => _current?.Path ?? PointedFolder(indexPath);

    private void LogProgress(BuildProgress progress)
    {
        var now = progress.Snapshot();
        if (now.Remaining is { } remaining) Log.BuildProgress(logger, now.Stage, now.Done, now.Total, now.Unit, now.Percent, remaining.TotalSeconds);
        else Log.BuildStage(logger, now.Stage, now.Elapsed.TotalSeconds);
    }

    private void Swap(KnowledgeSnapshot next)
    {
        KnowledgeSnapshot? old;
        lock (_gate)
        {
            old = _current;
            _current = next;
        }

        old?.Retire();
    }

    private static int CountFacts(LDirectory directory)
    {
        using var reader = DirectoryReader.Open(directory);
        return new IndexSearcher(reader).Search(new TermQuery(new Term(FieldNames.Kind, FieldNames.FactKind)), 1).TotalHits;
    }

    private HashSet<string> Vocabulary(CorpusModel model) =>
        model.Paragraphs.SelectMany(p => TokenReader.Read(text.Exact, p.Block.Text)).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);

    private void RemoveStaleGenerations(string indexPath, string keep, string? alsoKeep = null)
    {
        var live = _current?.Path is { } path ? Path.GetFileName(path) : keep;
        IndexPointer.DeleteLeftovers(indexPath);
        foreach (var folder in System.IO.Directory.EnumerateDirectories(indexPath, "gen-*"))
        {
            var name = Path.GetFileName(folder);
            if (name != keep && name != live && name != alsoKeep) TryDelete(folder);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    public void Dispose()
    {
        _current?.Dispose();
        _buildLock.Dispose();
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1011, Level = LogLevel.Information, Message = "Serving index version {Version} built by another host: {Sources} sources, {Facts} facts")]
        public static partial void IndexFollowed(ILogger logger, int version, int sources, int facts);

        [LoggerMessage(EventId = 1012, Level = LogLevel.Warning, Message = "Another host serves index version {Version}, built from other seeds than this host's; this host keeps its index. Give every host the same seeds folder")]
        public static partial void SeedsDiffer(ILogger logger, int version);

        [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Opened index version {Version}: {Sources} sources, {Facts} facts in {ElapsedMs} ms")]
        public static partial void IndexOpened(ILogger logger, int version, int sources, int facts, double elapsedMs);

        [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Built index version {Version}: {Sources} sources, {Paragraphs} paragraphs, {Facts} facts in {ElapsedMs} ms")]
        public static partial void IndexBuilt(ILogger logger, int version, int sources, int paragraphs, int facts, double elapsedMs);

        [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "Index build failed, the previous index keeps serving: {Reason}")]
        public static partial void BuildFailed(ILogger logger, string reason);

        [LoggerMessage(EventId = 1004, Level = LogLevel.Error, Message = "Index build crashed, the previous index keeps serving")]
        public static partial void BuildCrashed(ILogger logger, Exception exception);

        [LoggerMessage(EventId = 1006, Level = LogLevel.Information, Message = "Reindex {Stage}: {Done} of {Total} {Unit} ({Percent}%), about {RemainingSeconds:F0} s left")]
        public static partial void BuildProgress(ILogger logger, string stage, int done, int total, string unit, int percent, double remainingSeconds);

        [LoggerMessage(EventId = 1008, Level = LogLevel.Information, Message = "Reindex {Stage}, {ElapsedSeconds:F0} s since it started")]
        public static partial void BuildStage(ILogger logger, string stage, double elapsedSeconds);

        [LoggerMessage(EventId = 1007, Level = LogLevel.Information, Message = "Read {Sources} sources ({Reused} unchanged, reused) in {ElapsedMs} ms")]
        public static partial void SourcesRead(ILogger logger, int sources, int reused, double elapsedMs);

        [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Index generation {Folder} could not be opened; building a new one")]
        public static partial void OpenFailed(ILogger logger, string folder, Exception exception);
    }
}
