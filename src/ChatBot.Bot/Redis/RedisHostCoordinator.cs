using System.Globalization;
using ChatBot.Knowledge.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace ChatBot.Bot.Redis;

/// <summary>
/// <see cref="IHostCoordinator"/> through Redis: locks are keys with a short expiry that the holder keeps extending
/// (a host that dies releases its locks within <see cref="LockLifetime"/>); the serving generation is a key that every
/// host polls, and a pub/sub message tells them at once. While Redis is unreachable a host coordinates with itself only.
/// </summary>
internal sealed class RedisHostCoordinator(RedisConnection redis, ILogger<RedisHostCoordinator> logger) : IHostCoordinator
{
    /// <summary>Channel on which new generations are announced.</summary>
    public const string GenerationChannel = "index:announce";

    private const string GenerationKey = "index:generation";
    private static readonly TimeSpan LockLifetime = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(200);

    // The first attempt to connect may still be under way (the command line asks at once).
    private static readonly TimeSpan FirstConnectionWait = TimeSpan.FromSeconds(10);
    private readonly LocalLocks _local = new();

    public bool IsShared => true;

    public IDisposable? TryLock(string name, TimeSpan wait)
    {
        // One host's own callers first, so two of them never both wait on Redis for the same lock.
        var local = _local.TryTake(name, wait);
        if (local is null) return null;
        redis.WaitForConnection(FirstConnectionWait);
        var deadline = DateTime.UtcNow + wait;
        var token = Guid.NewGuid().ToString("N");
        var key = redis.Key("lock:" + name);
        while (true)
        {
            if (redis.Database is not { } db)
            {
                // Alone while Redis is away: the in-process lock is all there is to hold.
                return local;
            }

            try
            {
                if (db.LockTake(key, token, LockLifetime)) return new RedisLock(redis, key, token, local);
            }
            catch (Exception ex) when (RedisConnection.IsFailure(ex))
            {
                redis.ReportFailure(ex);
                return local;
            }

            if (DateTime.UtcNow >= deadline)
            {
                Log.LockBusy(logger, name, wait.TotalMilliseconds);
                local.Dispose();
                return null;
            }

            Thread.Sleep(RetryDelay);
        }
    }

    public void Announce(int version, string fingerprint)
    {
        redis.WaitForConnection(FirstConnectionWait);
        if (redis.Database is not { } db) return;
        try
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"{version}|{fingerprint}");
            db.StringSet(redis.Key(GenerationKey), text);
            db.Publish(redis.Channel(GenerationChannel), text);
        }
        catch (Exception ex) when (RedisConnection.IsFailure(ex))
        {
            redis.ReportFailure(ex);
        }
    }

    public IndexGeneration? Announced()
    {
        if (redis.Database is not { } db) return null;
        try
        {
            return Parse(db.StringGet(redis.Key(GenerationKey)));
        }
        catch (Exception ex) when (RedisConnection.IsFailure(ex))
        {
            redis.ReportFailure(ex);
            return null;
        }
    }

    /// <summary>Reads <c>version|fingerprint</c>; null when it is not that.</summary>
    public static IndexGeneration? Parse(RedisValue value)
    {
        var text = (string?)value;
        var bar = text?.IndexOf('|', StringComparison.Ordinal) ?? -1;
        return bar > 0 && int.TryParse(text.AsSpan(0, bar), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? new IndexGeneration(version, text![(bar + 1)..])
            : null;
    }

    /// <summary>A held Redis lock, extended in the background until disposed.</summary>
    private sealed class RedisLock : IDisposable
    {
        private readonly RedisConnection _redis;
        private readonly RedisKey _key;
        private readonly string _token;
        private readonly IDisposable _local;
        private readonly Timer _renewal;

        public RedisLock(RedisConnection redis, RedisKey key, string token, IDisposable local)
        {
            _redis = redis;
            _key = key;
            _token = token;
            _local = local;
            _renewal = new Timer(_ => Extend(), null, LockLifetime / 3, LockLifetime / 3);
        }

        public void Dispose()
        {
            _renewal.Dispose();
            try
            {
                _redis.Database?.LockRelease(_key, _token);
            }
            catch (Exception ex) when (RedisConnection.IsFailure(ex))
            {
                // It lapses by itself.
                _redis.ReportFailure(ex);
            }

            _local.Dispose();
        }

        private void Extend()
        {
            try
            {
                _redis.Database?.LockExtend(_key, _token, LockLifetime);
            }
            catch (Exception ex) when (RedisConnection.IsFailure(ex))
            {
                _redis.ReportFailure(ex);
            }
        }
    }
}
