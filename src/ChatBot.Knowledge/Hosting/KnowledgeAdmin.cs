using ChatBot.Knowledge.Indexing;
using Microsoft.Extensions.Logging;

namespace ChatBot.Knowledge.Hosting;

internal sealed partial class KnowledgeAdmin(
    KnowledgeIndex index,
    IEnumerable<IReindexListener> listeners,
    ILogger<KnowledgeAdmin> logger) : IKnowledgeAdmin
{
    private readonly Lock _gate = new();
    private ReindexReport? _last;

    public bool IsReady => index.IsReady;

    public KnowledgeStatus Status
    {
        get
        {
            var current = index.Current;
            return new KnowledgeStatus(
                current?.Version ?? 0,
                current?.BuiltAt,
                current?.Model.Articles.Count ?? 0,
                current?.Model.Paragraphs.Count ?? 0,
                current?.Model.Facts.Count ?? 0,
                _last)
            {
                Rebuilding = index.IsBuilding,
                Fingerprint = current?.Fingerprint,
                Progress = index.Progress,
            };
        }
    }

    public ReindexReport EnsureLoaded()
    {
        lock (_gate)
        {
            if (index.IsReady && _last is not null) return _last;
            var report = Serving(index.LoadOrBuild());
            if (report.Outcome != ReindexOutcome.AlreadyRunning) _last = report;
            return report;
        }
    }

    public ReindexReport Reindex()
    {
        var report = Serving(index.Rebuild());
        if (report.Outcome != ReindexOutcome.AlreadyRunning) _last = report;
        return report;
    }

    public async Task<ReindexReport> ReindexAsync(CancellationToken cancellationToken = default)
    {
        var report = await Task.Run(Reindex, cancellationToken).ConfigureAwait(false);
        await NotifyAsync(report, cancellationToken).ConfigureAwait(false);
        return report;
    }

    public async Task<ReindexReport> FollowAsync(IndexGeneration generation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(generation);
        var report = await Task.Run(() => Serving(index.Follow(generation)), cancellationToken).ConfigureAwait(false);
        if (report.Outcome == ReindexOutcome.Built)
        {
            _last = report;
            await NotifyAsync(report, cancellationToken).ConfigureAwait(false);
        }

        return report;
    }

    public async Task<ReindexReport> EnsureLoadedAsync(CancellationToken cancellationToken = default)
    {
        var report = await Task.Run(EnsureLoaded, cancellationToken).ConfigureAwait(false);
        await NotifyAsync(report, cancellationToken).ConfigureAwait(false);
        return report;
    }

    // A failed or refused reindex reports the generation that keeps serving, so the admin sees nothing was lost.
    private ReindexReport Serving(ReindexReport report)
    {
        if (report.Outcome is ReindexOutcome.Built or ReindexOutcome.Opened) return report;
        var current = index.Current;
        return current is null
            ? report
            : report with { Version = current.Version, Sources = current.Model.Articles.Count, Paragraphs = current.Model.Paragraphs.Count, Facts = current.Model.Facts.Count };
    }

    private async Task NotifyAsync(ReindexReport report, CancellationToken cancellationToken)
    {
        if (report.Outcome is not (ReindexOutcome.Built or ReindexOutcome.Opened)) return;
        foreach (var listener in listeners)
        {
            try
            {
                await listener.OnServingAsync(report, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // A failing subscriber must never take the fresh index down with it, nor a time-out of its own (an
                // OperationCanceledException nobody asked for) fail the reindex or stop the seeds watcher.
                Log.ListenerFailed(logger, ex, listener.GetType().Name, report.Version);
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1010, Level = LogLevel.Warning, Message = "Reindex listener {Listener} failed for index version {Version}")]
        public static partial void ListenerFailed(ILogger logger, Exception exception, string listener, int version);
    }
}
