using System.Globalization;
using ChatBot.Bot.Hosting;
using ChatBot.Bot.Protocol;
using ChatBot.Bot.Redis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBot.Bot.Turns;

/// <summary>
/// <see cref="IUserRateLimiter"/> shared by every host: a sliding minute of six 10-second counters per user, checked and
/// counted in one script so two hosts cannot both let the last message through. While Redis is unreachable each host
/// limits on its own.
/// </summary>
internal sealed class RedisUserRateLimiter(RedisConnection redis, UserRateLimiter local, IOptions<RateLimitOptions> options, TimeProvider clock) : IUserRateLimiter
{
    private const int Segments = 6;
    private static readonly TimeSpan Segment = TimeSpan.FromSeconds(10);

    // KEYS: the counters of the window, the current one first. ARGV: the limit, the counter's lifetime in ms.
    private const string CheckAndCount = """
        local total = 0
        for i = 1, #KEYS do total = total + tonumber(redis.call('GET', KEYS[i]) or '0') end
        if total >= tonumber(ARGV[1]) then return 0 end
        redis.call('INCR', KEYS[1])
        redis.call('PEXPIRE', KEYS[1], ARGV[2])
        return 1
        """;

    public bool TryAcquire(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var limit = options.Value.PerUserPerMinute;
        if (limit <= 0) return true;
        if (redis.Database is not { } db) return local.TryAcquire(activity);
        try
        {
            var segment = clock.GetUtcNow().ToUnixTimeMilliseconds() / (long)Segment.TotalMilliseconds;

            // The hash tag keeps one user's counters together on a Redis cluster.
            var user = "{" + UserRateLimiter.PartitionOf(activity) + "}";
            var keys = Enumerable.Range(0, Segments)
                .Select(i => redis.Key(string.Create(CultureInfo.InvariantCulture, $"rate:{user}:{segment - i}")))
                .ToArray();
            var lifetime = (long)(Segment * (Segments + 1)).TotalMilliseconds;
            return (long)db.ScriptEvaluate(CheckAndCount, keys, [limit, lifetime]) == 1;
        }
        catch (Exception ex) when (RedisConnection.IsFailure(ex))
        {
            redis.ReportFailure(ex);
            return local.TryAcquire(activity);
        }
    }
}
