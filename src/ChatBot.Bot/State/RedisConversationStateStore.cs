using System.Text.Json;
using ChatBot.Bot.Redis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBot.Bot.State;

/// <summary>
/// <see cref="IConversationStateStore"/> in Redis, shared by every host: a follow-up or <c>more</c> may reach any of
/// them. Each conversation is one JSON value that expires after <see cref="ConversationStateOptions.ConversationIdleTimeout"/>;
/// updates are optimistic (retried when another host changed the value meanwhile). While Redis is unreachable the
/// conversation lives in this host's memory, and its earlier context is out of reach.
/// </summary>
public sealed class RedisConversationStateStore : IConversationStateStore
{
    private const int UpdateAttempts = 5;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly RedisConnection _redis;
    private readonly InMemoryConversationStateStore _local;
    private readonly TimeSpan _idleTimeout;

    public RedisConversationStateStore(RedisConnection redis, IOptions<ConversationStateOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        _redis = redis;
        _local = new InMemoryConversationStateStore(options, clock);
        _idleTimeout = options.Value.ConversationIdleTimeout;
    }

    public ConversationState Load(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_redis.Database is not { } db) return _local.Load(key);
        try
        {
            return Read(db.StringGetSetExpiry(Key(key), _idleTimeout));
        }
        catch (Exception ex) when (RedisConnection.IsFailure(ex))
        {
            _redis.ReportFailure(ex);
            return _local.Load(key);
        }
    }

    public void Save(string key, ConversationState state)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(state);
        if (_redis.Database is not { } db)
        {
            _local.Save(key, state);
            return;
        }

        try
        {
            db.StringSet(Key(key), Write(state), _idleTimeout);
        }
        catch (Exception ex) when (RedisConnection.IsFailure(ex))
        {
            _redis.ReportFailure(ex);
            _local.Save(key, state);
        }
    }

    public ConversationState Update(string key, Func<ConversationState, ConversationState> update)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(update);
        if (_redis.Database is not { } db) return _local.Update(key, update);
        try
        {
            var redisKey = Key(key);
            for (var attempt = 1; ; attempt++)
            {
                var stored = db.StringGet(redisKey);
                var next = update(Read(stored));
                var transaction = db.CreateTransaction();
                transaction.AddCondition(stored.IsNull ? Condition.KeyNotExists(redisKey) : Condition.StringEqual(redisKey, stored));
                _ = transaction.StringSetAsync(redisKey, Write(next), _idleTimeout);

                // Another host changed it meanwhile: apply the update to what it wrote (the last attempt wins outright).
                if (transaction.Execute() || attempt == UpdateAttempts)
                {
                    if (attempt == UpdateAttempts) db.StringSet(redisKey, Write(next), _idleTimeout);
                    return next;
                }
            }
        }
        catch (Exception ex) when (RedisConnection.IsFailure(ex))
        {
            _redis.ReportFailure(ex);
            return _local.Update(key, update);
        }
    }

    public void Remove(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        _local.Remove(key);
        try
        {
            _redis.Database?.KeyDelete(Key(key));
        }
        catch (Exception ex) when (RedisConnection.IsFailure(ex))
        {
            _redis.ReportFailure(ex);
        }
    }

    private RedisKey Key(string key) => _redis.Key("conversation:" + key);

    private static ConversationState Read(RedisValue value) =>
        value.IsNullOrEmpty ? ConversationState.Empty : JsonSerializer.Deserialize<ConversationState>((string)value!, Json) ?? ConversationState.Empty;

    private static string Write(ConversationState state) => JsonSerializer.Serialize(state, Json);
}
