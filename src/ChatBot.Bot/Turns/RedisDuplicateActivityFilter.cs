using ChatBot.Bot.Hosting;
using ChatBot.Bot.Protocol;
using ChatBot.Bot.Redis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBot.Bot.Turns;

/// <summary>
/// <see cref="IDuplicateActivityFilter"/> shared by every host: the first host to set the activity's key answers it.
/// While Redis is unreachable each host filters only what it saw itself.
/// </summary>
internal sealed class RedisDuplicateActivityFilter(RedisConnection redis, DuplicateActivityFilter local, IOptions<MessagingOptions> options) : IDuplicateActivityFilter
{
    public bool TryRegister(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.Id)) return true;
        if (redis.Database is not { } db) return local.TryRegister(activity);
        try
        {
            var key = redis.Key("activity:" + string.Join('\n', activity.ChannelId, activity.Conversation?.Id, activity.Id));
            return db.StringSet(key, 1, options.Value.DuplicateWindow, When.NotExists);
        }
        catch (Exception ex) when (RedisConnection.IsFailure(ex))
        {
            redis.ReportFailure(ex);
            return local.TryRegister(activity);
        }
    }
}
