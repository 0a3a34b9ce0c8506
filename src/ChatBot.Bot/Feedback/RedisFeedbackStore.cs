using System.Text.Json;
using ChatBot.Bot.Redis;
using StackExchange.Redis;

namespace ChatBot.Bot.Feedback;

/// <summary>
/// <see cref="IFeedbackStore"/> in Redis, so an admin on any host sees the feedback of all of them: one sorted set per
/// kind (like, dislike, comment, unanswered), scored by time. Throws <see cref="InvalidOperationException"/> while Redis
/// is unreachable; callers treat that as any storage failure.
/// </summary>
public sealed class RedisFeedbackStore(RedisConnection redis) : IFeedbackStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task RecordAsync(FeedbackEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return RecordManyAsync([entry], cancellationToken);
    }

    public Task RecordManyAsync(IReadOnlyList<FeedbackEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return RunAsync(db => Task.WhenAll(entries.GroupBy(e => e.Reaction).Select(kind => db.SortedSetAddAsync(
            Key(kind.Key),
            [.. kind.Select(e => new SortedSetEntry(JsonSerializer.Serialize(new Stored(Guid.NewGuid().ToString("N"), e), Json), Score(e.Timestamp)))]))));
    }

    public async Task<IReadOnlyList<FeedbackEntry>> RecentAsync(IReadOnlyCollection<FeedbackReaction> reactions, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reactions);
        if (reactions.Count == 0 || limit <= 0) return [];
        var found = new List<FeedbackEntry>();
        await RunAsync(async db =>
        {
            foreach (var reaction in reactions.Distinct())
            {
                var values = await db.SortedSetRangeByRankAsync(Key(reaction), 0, limit - 1, Order.Descending);
                found.AddRange(values.Select(v => JsonSerializer.Deserialize<Stored>((string)v!, Json)!.Entry));
            }
        });
        return [.. found.OrderByDescending(e => e.Timestamp).Take(limit)];
    }

    public async Task<int> PruneAsync(int maxPerKind, DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        var removed = 0L;
        await RunAsync(async db =>
        {
            foreach (var reaction in Enum.GetValues<FeedbackReaction>())
            {
                var key = Key(reaction);
                removed += await db.SortedSetRemoveRangeByScoreAsync(key, double.NegativeInfinity, Score(olderThan), Exclude.Stop);
                if (maxPerKind > 0) removed += await db.SortedSetRemoveRangeByRankAsync(key, 0, -maxPerKind - 1);
            }
        });
        return (int)removed;
    }

    private async Task RunAsync(Func<IDatabase, Task> work)
    {
        var db = redis.Database ?? throw new InvalidOperationException(redis.Problem ?? "Redis is unreachable");
        try
        {
            await work(db).ConfigureAwait(false);
        }
        catch (Exception ex) when (RedisConnection.IsFailure(ex))
        {
            redis.ReportFailure(ex);
            throw;
        }
    }

#pragma warning disable CA1308 // Key names are lowercase words, as the SQLite store names the kinds.
    private RedisKey Key(FeedbackReaction reaction) => redis.Key("feedback:" + reaction.ToString().ToLowerInvariant());
#pragma warning restore CA1308

    private static double Score(DateTimeOffset time) => time == DateTimeOffset.MinValue ? double.NegativeInfinity : time.ToUnixTimeMilliseconds();

    // Each record gets an id so that two identical records stay two members of the set.
    private sealed record Stored(string Id, FeedbackEntry Entry);
}
