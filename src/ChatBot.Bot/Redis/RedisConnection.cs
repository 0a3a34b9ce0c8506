using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBot.Bot.Redis;

/// <summary>
/// The one connection to Redis, and whether it works. Connects in the background and reconnects by itself; callers
/// ask for <see cref="Database"/> and fall back to what they can do alone when it is null. An outage is logged once
/// when it starts and once when it ends, never once per request.
/// </summary>
public sealed class RedisConnection : IDisposable
{
    private readonly RedisOptions _options;
    private readonly ILogger<RedisConnection> _logger;
    private readonly Task<ConnectionMultiplexer>? _connecting;
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();
    private string? _problem;
    private DateTimeOffset _since;

    public RedisConnection(IOptions<RedisOptions> options, TimeProvider clock, ILogger<RedisConnection> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _clock = clock;
        _logger = logger;
        if (!_options.IsConfigured) return;

        var configuration = ConfigurationOptions.Parse(_options.Configuration);

        // Never fail start-up for Redis, never queue commands while it is away: callers fall back at once instead.
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        AllowBlockingCallers();
        _connecting = ConnectAsync(configuration);
    }

    /// <summary>Raised when the connection comes back after an outage (subscriptions are restored by then).</summary>
    public event EventHandler? Restored;

    /// <summary>True when a connection string is configured.</summary>
    public bool IsConfigured => _connecting is not null;

    /// <summary>Why Redis cannot be used right now, with since when; null while it works.</summary>
    public string? Problem
    {
        get
        {
            lock (_gate)
            {
                return _problem is null ? null : $"Redis unreachable since {_since:yyyy-MM-dd HH:mm:ss} UTC ({_problem})";
            }
        }
    }

    /// <summary>The database, or null while Redis is unreachable (or not configured).</summary>
    public IDatabase? Database => Multiplexer is { } m && Usable(m) ? m.GetDatabase() : null;

    /// <summary>The pub/sub side, or null while Redis is unreachable.</summary>
    public ISubscriber? Subscriber => Multiplexer is { } m && Usable(m) ? m.GetSubscriber() : null;

    /// <summary>The full name of key <paramref name="name"/>.</summary>
    public RedisKey Key(string name) => _options.KeyPrefix + name;

    /// <summary>The full name of pub/sub channel <paramref name="name"/>.</summary>
    public RedisChannel Channel(string name) => RedisChannel.Literal(_options.KeyPrefix + name);

    /// <summary>Waits up to <paramref name="timeout"/> for the first connection attempt to end (the command line needs Redis at once).</summary>
    public void WaitForConnection(TimeSpan timeout)
    {
        try
        {
            _connecting?.Wait(timeout);
        }
        catch (AggregateException ex)
        {
            ReportFailure(ex.InnerException ?? ex);
        }
    }

    /// <summary>True for the exceptions a Redis command throws when Redis cannot serve it (down, timed out, refused).</summary>
    public static bool IsFailure(Exception exception) => exception is RedisException or RedisTimeoutException;

    /// <summary>Notes that a command failed; the first failure of an outage is logged.</summary>
    public void ReportFailure(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        MarkDown(exception.Message, exception);
    }

    public void Dispose()
    {
        if (_connecting is { IsCompletedSuccessfully: true }) _connecting.Result.Dispose();
    }

    // The stores are called synchronously from request threads, which then wait for a reply that the thread pool must
    // read: a pool that grows by one thread a second would time such calls out under a burst. Redis's client guidance:
    // raise the pool's minimum so it starts enough threads at once.
    private static void AllowBlockingCallers()
    {
        ThreadPool.GetMinThreads(out var workers, out var completion);
        var wanted = Math.Max(MinimumThreads, Environment.ProcessorCount * 8);
        if (workers < wanted) ThreadPool.SetMinThreads(wanted, Math.Max(completion, wanted));
    }

    private const int MinimumThreads = 64;

    private ConnectionMultiplexer? Multiplexer => _connecting is { IsCompletedSuccessfully: true } task ? task.Result : null;

    private bool Usable(ConnectionMultiplexer multiplexer)
    {
        if (multiplexer.IsConnected)
        {
            MarkUp();
            return true;
        }

        MarkDown("not connected", null);
        return false;
    }

    private async Task<ConnectionMultiplexer> ConnectAsync(ConfigurationOptions configuration)
    {
        var multiplexer = await ConnectionMultiplexer.ConnectAsync(configuration).ConfigureAwait(false);
        multiplexer.ConnectionFailed += (_, e) => MarkDown(e.FailureType.ToString(), e.Exception);
        multiplexer.ConnectionRestored += (_, _) =>
        {
            if (!multiplexer.IsConnected) return;
            MarkUp();
            Restored?.Invoke(this, EventArgs.Empty);
        };
        if (multiplexer.IsConnected) Log.RedisConnected(_logger, multiplexer.Configuration);
        else MarkDown("no connection at start", null);
        return multiplexer;
    }

    private void MarkDown(string reason, Exception? exception)
    {
        lock (_gate)
        {
            if (_problem is not null) return;
            _problem = reason;
            _since = _clock.GetUtcNow();
        }

        Log.RedisDown(_logger, exception, reason);
    }

    private void MarkUp()
    {
        lock (_gate)
        {
            if (_problem is null) return;
            _problem = null;
        }

        Log.RedisBack(_logger);
    }
}
