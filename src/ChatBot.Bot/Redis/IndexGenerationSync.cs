using ChatBot.Knowledge.Hosting;
using ChatBot.Knowledge.Indexing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace ChatBot.Bot.Redis;

/// <summary>
/// Keeps this host on the index generation the hosts announced: follows a newer one as soon as it is announced (pub/sub)
/// or at the latest at the next poll, and announces its own when it is newer than what Redis knows (after an outage,
/// or on a fresh Redis).
/// </summary>
internal sealed class IndexGenerationSync(
    RedisConnection redis,
    IHostCoordinator coordinator,
    IKnowledgeAdmin admin,
    ILogger<IndexGenerationSync> logger) : BackgroundService
{
    /// <summary>How often the announced generation is checked when no message arrives.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _signal = new(0);
    private bool _subscribed;
    private int _refusedVersion;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!redis.IsConfigured) return;
        redis.Restored += (_, _) => Wake();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await _signal.WaitAsync(PollInterval, stoppingToken).ConfigureAwait(false);
                Subscribe();
                await SyncAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override void Dispose()
    {
        _signal.Dispose();
        base.Dispose();
    }

    private void Wake()
    {
        if (_signal.CurrentCount == 0) _signal.Release();
    }

    // Subscriptions survive reconnects once made; made here because Redis may be away at start.
    private void Subscribe()
    {
        if (_subscribed || redis.Subscriber is not { } subscriber) return;
        try
        {
            subscriber.Subscribe(redis.Channel(RedisHostCoordinator.GenerationChannel), (_, _) => Wake());
            _subscribed = true;
        }
        catch (Exception ex) when (RedisConnection.IsFailure(ex))
        {
            redis.ReportFailure(ex);
        }
    }

    private async Task SyncAsync(CancellationToken cancellationToken)
    {
        // Start-up loads (or waits for) the index by itself; a build in progress announces when it is done.
        if (!admin.IsReady) return;
        var status = admin.Status;
        var announced = coordinator.Announced();
        if (announced is null || announced.Version < status.Version)
        {
            if (status.Fingerprint is { } fingerprint && redis.Database is not null) coordinator.Announce(status.Version, fingerprint);
            return;
        }

        if (announced.Version == status.Version || announced.Version == _refusedVersion) return;
        Log.GenerationAnnounced(logger, announced.Version);
        var report = await admin.FollowAsync(announced, cancellationToken).ConfigureAwait(false);
        if (report.Outcome == ReindexOutcome.Failed)
        {
            // Said once per generation: the seeds will not change by asking again.
            _refusedVersion = announced.Version;
            Log.FollowFailed(logger, announced.Version, report.Outcome.ToString(), report.Error);
        }
    }
}
