using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using ChatBot.Bot.Protocol;
using ChatBot.Bot.Redis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBot.Channels.DirectLine;

/// <summary>
/// <see cref="IDirectLineStore"/> in Redis, so that any host can serve any web chat request: per conversation a hash
/// (token, user, locale, expiry, started, last sequence number) and a sorted set of its activities by sequence number,
/// plus a key from each token to its conversation. Conversations expire an hour after their token. Bot turns keep
/// posting order on the host that runs them. While Redis is unreachable, new conversations live in this host's memory;
/// those kept in Redis are out of reach (404) until it is back.
/// </summary>
internal sealed class RedisDirectLineStore(RedisConnection redis, DirectLineStore local, IOptions<DirectLineOptions> options, TimeProvider clock) : IDirectLineStore
{
    private static readonly TimeSpan Linger = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, Task> _turnTails = new(StringComparer.Ordinal);

    public DirectLineOptions Options => options.Value;

    public DirectLineConversation? Create(ChannelAccount? user, string? locale)
    {
        if (redis.Database is not { } db) return local.Create(user, locale);
        var account = new ChannelAccount { Id = DirectLineStore.UserIdPrefix + DirectLineStore.UserIdFrom(user?.Id), Name = user?.Name, Role = "user" };
        var conversation = new DirectLineConversation(DirectLineStore.NewSecret(18), DirectLineStore.NewSecret(32), account, locale)
        {
            ExpiresAt = clock.GetUtcNow() + Options.TokenLifetime,
        };
        try
        {
            // Live conversations are counted across hosts; expired ones make room, a live one is never evicted.
            var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
            db.SortedSetRemoveRangeByScore(LiveKey, double.NegativeInfinity, now);
            if (db.SortedSetLength(LiveKey) >= Options.MaxConversations) return null;
            db.SortedSetAdd(LiveKey, conversation.Id, conversation.ExpiresAt.ToUnixTimeMilliseconds());
            var key = ConversationKey(conversation.Id);
            db.HashSet(key,
            [
                new("token", conversation.Token),
                new("user", JsonSerializer.Serialize(account, BotJson.Options)),
                new("locale", locale ?? ""),
                new("expires", conversation.ExpiresAt.ToUnixTimeMilliseconds()),
                new("seq", 0),
            ]);
            db.KeyExpire(key, Options.TokenLifetime + Linger);
            db.StringSet(TokenKey(conversation.Token), conversation.Id, Options.TokenLifetime + Linger);
            return conversation;
        }
        catch (Exception ex) when (RedisConnection.IsFailure(ex))
        {
            redis.ReportFailure(ex);
            return local.Create(user, locale);
        }
    }

    public DirectLineAccess Authorize(string? conversationId, string? token, out DirectLineConversation? conversation)
    {
        if (IsLocal(conversationId) || (conversationId is null && token is not null && local.Authorize(null, token, out _) != DirectLineAccess.Forbidden))
        {
            return local.Authorize(conversationId, token, out conversation);
        }

        conversation = null;
        if (redis.Database is not { } db) return conversationId is null ? DirectLineAccess.Forbidden : DirectLineAccess.NotFound;
        try
        {
            if (conversationId is not null && !db.KeyExists(ConversationKey(conversationId))) return DirectLineAccess.NotFound;
            var owner = token is null ? null : (string?)db.StringGet(TokenKey(token));
            if (owner is null || (conversationId is not null && !string.Equals(owner, conversationId, StringComparison.Ordinal))) return DirectLineAccess.Forbidden;
            var found = Load(db, owner);
            if (found is null || !string.Equals(found.Token, token, StringComparison.Ordinal) || found.ExpiresAt <= clock.GetUtcNow()) return DirectLineAccess.Forbidden;
            conversation = found;
            return DirectLineAccess.Granted;
        }
        catch (Exception ex) when (RedisConnection.IsFailure(ex))
        {
            redis.ReportFailure(ex);
            return DirectLineAccess.NotFound;
        }
    }

    public DirectLineConversation? Find(string conversationId)
    {
        if (local.Find(conversationId) is { } kept) return kept;
        if (redis.Database is not { } db) return null;
        try
        {
            return Load(db, conversationId);
        }
        catch (Exception ex) when (RedisConnection.IsFailure(ex))
        {
            redis.ReportFailure(ex);
            return null;
        }
    }

    public bool TryStart(DirectLineConversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return IsLocal(conversation.Id) ? local.TryStart(conversation) : Run(db => db.HashSet(ConversationKey(conversation.Id), "started", 1, When.NotExists), false);
    }

    public void Refresh(DirectLineConversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        if (IsLocal(conversation.Id))
        {
            local.Refresh(conversation);
            return;
        }

        conversation.ExpiresAt = clock.GetUtcNow() + Options.TokenLifetime;
        Run(db =>
        {
            db.HashSet(ConversationKey(conversation.Id), "expires", conversation.ExpiresAt.ToUnixTimeMilliseconds());
            db.SortedSetAdd(LiveKey, conversation.Id, conversation.ExpiresAt.ToUnixTimeMilliseconds());
            db.KeyExpire(ConversationKey(conversation.Id), Options.TokenLifetime + Linger);
            db.KeyExpire(FeedKey(conversation.Id), Options.TokenLifetime + Linger);
            return db.KeyExpire(TokenKey(conversation.Token), Options.TokenLifetime + Linger);
        }, false);
    }

    public int SecondsLeft(DirectLineConversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return (int)Math.Max(0, Math.Ceiling((conversation.ExpiresAt - clock.GetUtcNow()).TotalSeconds));
    }

    public string Stamp(DirectLineConversation conversation, Activity activity, bool addToFeed = true)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(activity);
        if (IsLocal(conversation.Id)) return local.Stamp(conversation, activity, addToFeed);
        return Run(db =>
        {
            var sequence = db.HashIncrement(ConversationKey(conversation.Id), "seq");
            activity.Id = conversation.Id + "|" + sequence.ToString("D7", CultureInfo.InvariantCulture);
            activity.Timestamp = clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
            if (addToFeed)
            {
                var feed = FeedKey(conversation.Id);
                db.SortedSetAdd(feed, JsonSerializer.Serialize(activity, BotJson.Options), sequence, CommandFlags.FireAndForget);
                db.SortedSetRemoveRangeByRank(feed, 0, -Options.MaxActivitiesPerConversation - 1, CommandFlags.FireAndForget);
                db.KeyExpire(feed, Options.TokenLifetime + Linger, CommandFlags.FireAndForget);
            }

            return activity.Id;
        }, activity.Id ?? "");
    }

    public (IReadOnlyList<Activity> Activities, string? Watermark) Since(DirectLineConversation conversation, string? watermark)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        if (IsLocal(conversation.Id)) return local.Since(conversation, watermark);
        var after = long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var w) ? w : 0;
        return Run<(IReadOnlyList<Activity>, string?)>(db =>
        {
            var last = (long?)db.HashGet(ConversationKey(conversation.Id), "seq") ?? 0;
            var newer = db.SortedSetRangeByScore(FeedKey(conversation.Id), after, double.PositiveInfinity, Exclude.Start)
                .Select(v => JsonSerializer.Deserialize<Activity>((string)v!, BotJson.Options)!)
                .ToList();
            return (newer, last == 0 ? watermark : Math.Max(after, last).ToString(CultureInfo.InvariantCulture));
        }, ([], watermark));
    }

    public void Enqueue(DirectLineConversation conversation, Func<Task> turn)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        if (IsLocal(conversation.Id))
        {
            local.Enqueue(conversation, turn);
            return;
        }

        // The object is read afresh per request here, so the chain of turns lives beside it, by conversation id.
        var tail = _turnTails.AddOrUpdate(
            conversation.Id,
            _ => Task.Run(turn),
            (_, previous) => previous.ContinueWith(_ => turn(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap());
        tail.ContinueWith(done => _turnTails.TryRemove(KeyValuePair.Create(conversation.Id, done)), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    private bool IsLocal(string? conversationId) => conversationId is not null && local.Find(conversationId) is not null;

    private DirectLineConversation? Load(IDatabase db, string conversationId)
    {
        var fields = db.HashGetAll(ConversationKey(conversationId)).ToDictionary(e => (string)e.Name!, e => e.Value, StringComparer.Ordinal);
        if (!fields.TryGetValue("token", out var token) || !fields.TryGetValue("user", out var user)) return null;
        var locale = (string?)fields.GetValueOrDefault("locale");
        return new DirectLineConversation(conversationId, token!, JsonSerializer.Deserialize<ChannelAccount>((string)user!, BotJson.Options)!, string.IsNullOrEmpty(locale) ? null : locale)
        {
            ExpiresAt = DateTimeOffset.FromUnixTimeMilliseconds((long)fields.GetValueOrDefault("expires")),
            Started = fields.ContainsKey("started"),
            LastSequence = (long?)fields.GetValueOrDefault("seq") ?? 0,
        };
    }

    private T Run<T>(Func<IDatabase, T> work, T fallback)
    {
        if (redis.Database is not { } db) return fallback;
        try
        {
            return work(db);
        }
        catch (Exception ex) when (RedisConnection.IsFailure(ex))
        {
            redis.ReportFailure(ex);
            return fallback;
        }
    }

    private RedisKey LiveKey => redis.Key("directline:live");

    private RedisKey ConversationKey(string id) => redis.Key("directline:conversation:" + id);

    private RedisKey FeedKey(string id) => redis.Key("directline:feed:" + id);

    private RedisKey TokenKey(string token) => redis.Key("directline:token:" + token);
}
