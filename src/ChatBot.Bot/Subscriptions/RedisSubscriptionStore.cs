using System.Text.Json;
using ChatBot.Bot.Redis;
using StackExchange.Redis;

namespace ChatBot.Bot.Subscriptions;

/// <summary>
/// <see cref="ISubscriptionStore"/> in Redis, shared by every host: one hash per conversation (topic → subscription as
/// JSON) and a set naming the conversations that have any. Throws <see cref="InvalidOperationException"/> while Redis
/// is unreachable.
/// </summary>
public sealed class RedisSubscriptionStore(RedisConnection redis) : ISubscriptionStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task<bool> AddAsync(ConversationReference reference, string topicId, int version, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentException.ThrowIfNullOrEmpty(topicId);
        return RunAsync(async db =>
        {
            var key = ConversationKey(reference.ChannelId, reference.ConversationId);

            // A subscription of this conversation to any topic gets the fresh address (a Teams service URL may change).
            var existing = await ReadAllAsync(db, key);
            var refreshed = existing.Select(s => new HashEntry(s.TopicId, Write(s with { Reference = reference }))).ToArray();
            if (refreshed.Length > 0) await db.HashSetAsync(key, refreshed);
            var added = await db.HashSetAsync(key, topicId, Write(new Subscription(reference, topicId, now, version, version)), When.NotExists);
            await db.SetAddAsync(Index, key.ToString());
            return added;
        });
    }

    public Task<bool> RemoveAsync(string channelId, string conversationId, string topicId, CancellationToken cancellationToken) =>
        RunAsync(async db =>
        {
            var key = ConversationKey(channelId, conversationId);
            var removed = await db.HashDeleteAsync(key, topicId);
            if (await db.HashLengthAsync(key) == 0) await db.SetRemoveAsync(Index, key.ToString());
            return removed;
        });

    public Task<int> RemoveAllAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        RunAsync(async db =>
        {
            var key = ConversationKey(channelId, conversationId);
            var count = (int)await db.HashLengthAsync(key);
            await db.KeyDeleteAsync(key);
            await db.SetRemoveAsync(Index, key.ToString());
            return count;
        });

    public Task<IReadOnlyList<Subscription>> ListAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        RunAsync<IReadOnlyList<Subscription>>(async db => [.. (await ReadAllAsync(db, ConversationKey(channelId, conversationId))).OrderBy(s => s.SubscribedAt)]);

    public Task<IReadOnlyList<Subscription>> PendingAsync(int version, CancellationToken cancellationToken) =>
        RunAsync<IReadOnlyList<Subscription>>(async db => [.. (await AllAsync(db)).Where(s => s.LastNotifiedVersion < version).OrderBy(s => s.SubscribedAt)]);

    public Task MarkNotifiedAsync(Subscription subscription, int version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return ChangeAsync(subscription, s => s with { LastNotifiedVersion = Math.Max(s.LastNotifiedVersion, version), Failures = 0 });
    }

    public Task<int> RebaselineAsync(int version, CancellationToken cancellationToken) =>
        RunAsync(async db =>
        {
            var ahead = (await AllAsync(db)).Where(s => s.LastNotifiedVersion > version).ToList();
            foreach (var s in ahead)
            {
                await db.HashSetAsync(ConversationKey(s.Reference.ChannelId, s.Reference.ConversationId), s.TopicId, Write(s with { LastNotifiedVersion = version }));
            }

            return ahead.Count;
        });

    public async Task<int> RecordFailureAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return (await ChangeAsync(subscription, s => s with { Failures = s.Failures + 1 }))?.Failures ?? 0;
    }

    private RedisKey Index => redis.Key("subscriptions");

    private RedisKey ConversationKey(string channelId, string conversationId) => redis.Key("subscriptions:" + channelId + "\n" + conversationId);

    // Pushes run one host at a time (the push lock), so read-change-write cannot lose another host's change.
    private Task<Subscription?> ChangeAsync(Subscription subscription, Func<Subscription, Subscription> change) =>
        RunAsync(async db =>
        {
            var key = ConversationKey(subscription.Reference.ChannelId, subscription.Reference.ConversationId);
            var stored = await db.HashGetAsync(key, subscription.TopicId);
            if (stored.IsNullOrEmpty) return null;
            var next = change(Read(stored));
            await db.HashSetAsync(key, subscription.TopicId, Write(next));
            return next;
        });

    private async Task<List<Subscription>> AllAsync(IDatabase db)
    {
        var keys = await db.SetMembersAsync(Index);
        var all = await Task.WhenAll(keys.Select(k => ReadAllAsync(db, (string)k!)));
        return [.. all.SelectMany(s => s)];
    }

    private static async Task<List<Subscription>> ReadAllAsync(IDatabase db, RedisKey key) =>
        [.. (await db.HashGetAllAsync(key)).Select(e => Read(e.Value))];

    private static Subscription Read(RedisValue value) => JsonSerializer.Deserialize<Subscription>((string)value!, Json)!;

    private static string Write(Subscription subscription) => JsonSerializer.Serialize(subscription, Json);

    private async Task<T> RunAsync<T>(Func<IDatabase, Task<T>> work)
    {
        var db = redis.Database ?? throw new InvalidOperationException(redis.Problem ?? "Redis is unreachable");
        try
        {
            return await work(db).ConfigureAwait(false);
        }
        catch (Exception ex) when (RedisConnection.IsFailure(ex))
        {
            redis.ReportFailure(ex);
            throw;
        }
    }
}
