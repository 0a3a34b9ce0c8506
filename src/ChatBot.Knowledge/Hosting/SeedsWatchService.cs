using ChatBot.Knowledge.Indexing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Knowledge.Hosting;

/// <summary>
/// With <see cref="KnowledgeOptions.WatchSeeds"/> on, reindexes when files in the seeds folder change, once
/// <see cref="KnowledgeOptions.WatchDelay"/> has passed without further changes, and logs the report.
/// </summary>
internal sealed partial class SeedsWatchService(
    IOptions<KnowledgeOptions> options,
    IKnowledgeAdmin admin,
    TimeProvider clock,
    ILogger<SeedsWatchService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.WatchSeeds) return;
        if (!Directory.Exists(o.SeedsPath))
        {
            Log.CannotWatch(logger, o.SeedsPath);
            return;
        }

        var debouncer = new ChangeDebouncer(o.WatchDelay, clock);
        using var watcher = new FileSystemWatcher(o.SeedsPath)
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, _) => debouncer.Signal();
        watcher.Created += (_, _) => debouncer.Signal();
        watcher.Deleted += (_, _) => debouncer.Signal();
        watcher.Renamed += (_, _) => debouncer.Signal();

        // Events may have been lost (buffer overflow): reindex to be safe.
        watcher.Error += (_, _) => debouncer.Signal();
        watcher.EnableRaisingEvents = true;
        Log.Watching(logger, o.SeedsPath, o.WatchDelay.TotalSeconds);

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await debouncer.WaitAsync(stoppingToken).ConfigureAwait(false);
                var report = await admin.ReindexAsync(stoppingToken).ConfigureAwait(false);
                var text = ReindexReportText.Format(report);
                Log.Reindexed(logger, report.Outcome, text);

                // A build started elsewhere may predate the change: try again after another quiet period.
                if (report.Outcome == ReindexOutcome.AlreadyRunning) debouncer.Signal();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1040, Level = LogLevel.Information, Message = "Watching {SeedsPath} for changes; reindexing {DelaySeconds} s after the last one")]
        public static partial void Watching(ILogger logger, string seedsPath, double delaySeconds);

        [LoggerMessage(EventId = 1041, Level = LogLevel.Information, Message = "Seeds changed, reindex {Outcome}: {Report}")]
        public static partial void Reindexed(ILogger logger, ReindexOutcome outcome, string report);

        [LoggerMessage(EventId = 1042, Level = LogLevel.Warning, Message = "Cannot watch the seeds folder {SeedsPath}: it does not exist")]
        public static partial void CannotWatch(ILogger logger, string seedsPath);
    }
}
