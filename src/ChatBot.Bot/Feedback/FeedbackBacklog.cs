using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Feedback;

/// <summary>
/// The bounded queue between turns and the <see cref="IFeedbackStore"/>: a turn only enqueues (never waits for storage),
/// and the <see cref="FeedbackWriter"/> writes what waits in batches and applies the retention limits.
/// </summary>
#pragma warning disable CA1001 // The gate is never waited on through a wait handle, so disposing it would free nothing, and the final flush at shutdown (after the container disposed its singletons) must still find it usable.
public sealed class FeedbackBacklog
#pragma warning restore CA1001
{
    private readonly Channel<FeedbackEntry> _channel;
    private readonly IFeedbackStore _store;
    private readonly FeedbackLogOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<FeedbackBacklog> _logger;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private long _dropped;
    private bool _failing;
    private DateTimeOffset _nextPrune = DateTimeOffset.MinValue;

    public FeedbackBacklog(IFeedbackStore store, IOptions<FeedbackLogOptions> options, TimeProvider clock, ILogger<FeedbackBacklog> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _options = options.Value;
        _clock = clock;
        _logger = logger;
        _channel = Channel.CreateBounded<FeedbackEntry>(new BoundedChannelOptions(_options.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = false,
            SingleWriter = false,
        });
    }

    /// <summary>Records waiting to be written.</summary>
    public int Pending => _channel.Reader.Count;

    /// <summary>Queues a record; false (and counted) when the queue is full.</summary>
    public bool TryEnqueue(FeedbackEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (_channel.Writer.TryWrite(entry)) return true;
        Interlocked.Increment(ref _dropped);
        return false;
    }

    /// <summary>Completes when a record waits (false once the queue is closed).</summary>
    public ValueTask<bool> WaitAsync(CancellationToken cancellationToken) => _channel.Reader.WaitToReadAsync(cancellationToken);

    /// <summary>Writes everything queued so far, in batches, then applies the retention limits when they are due.</summary>
    /// <returns>How many records were written.</returns>
    public async Task<int> FlushAsync(CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var written = 0;
            while (true)
            {
                var batch = new List<FeedbackEntry>(Math.Min(_options.BatchSize, _channel.Reader.Count));
                while (batch.Count < _options.BatchSize && _channel.Reader.TryRead(out var entry)) batch.Add(entry);
                if (batch.Count == 0) break;
                if (await WriteAsync(batch, cancellationToken).ConfigureAwait(false)) written += batch.Count;
            }

            ReportDropped();
            if (written > 0) await PruneWhenDueAsync(cancellationToken).ConfigureAwait(false);
            return written;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task<bool> WriteAsync(List<FeedbackEntry> batch, CancellationToken cancellationToken)
    {
        try
        {
            await _store.RecordManyAsync(batch, cancellationToken).ConfigureAwait(false);
            if (_failing) Log.FeedbackWritesResumed(_logger);
            _failing = false;
            Log.FeedbackBatchWritten(_logger, batch.Count);
            return true;
        }
        catch (Exception ex) when (IsStorageFailure(ex))
        {
            // One warning per outage, not one per batch: the store is down, and the records of this batch are lost.
            if (!_failing) Log.FeedbackBatchFailed(_logger, ex, batch.Count);
            _failing = true;
            return false;
        }
    }

    private async Task PruneWhenDueAsync(CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        if (now < _nextPrune) return;
        _nextPrune = now + _options.PruneInterval;
        var olderThan = _options.MaxAge > TimeSpan.Zero ? now - _options.MaxAge : DateTimeOffset.MinValue;
        try
        {
            var removed = await _store.PruneAsync(_options.MaxRecordsPerKind, olderThan, cancellationToken).ConfigureAwait(false);
            if (removed > 0) Log.FeedbackPruned(_logger, removed);
        }
        catch (Exception ex) when (IsStorageFailure(ex))
        {
            Log.FeedbackPruneFailed(_logger, ex);
        }
    }

    private void ReportDropped()
    {
        var dropped = Interlocked.Exchange(ref _dropped, 0);
        if (dropped > 0) Log.FeedbackDropped(_logger, dropped, _options.QueueCapacity);
    }

    /// <summary>Failures of the storage behind a feedback store, which never cost a user an answer.</summary>
    internal static bool IsStorageFailure(Exception ex) =>
        ex is SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException or TimeoutException
        || ex.GetType().Namespace?.StartsWith("StackExchange.Redis", StringComparison.Ordinal) == true;
}
