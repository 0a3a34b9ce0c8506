using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Redis;

internal static partial class Log
{
    [LoggerMessage(EventId = 2601, Level = LogLevel.Information, Message = "Connected to Redis at {Configuration}: state is shared with the other hosts")]
    public static partial void RedisConnected(ILogger logger, string configuration);

    [LoggerMessage(EventId = 2602, Level = LogLevel.Warning, Message = "Redis is unreachable ({Reason}): this host answers on its own, conversation context and web chats may be lost, until Redis is back")]
    public static partial void RedisDown(ILogger logger, Exception? exception, string reason);

    [LoggerMessage(EventId = 2603, Level = LogLevel.Information, Message = "Redis is reachable again: state is shared with the other hosts")]
    public static partial void RedisBack(ILogger logger);

    [LoggerMessage(EventId = 2604, Level = LogLevel.Information, Message = "Index version {Version} announced by another host; following it")]
    public static partial void GenerationAnnounced(ILogger logger, int version);

    [LoggerMessage(EventId = 2605, Level = LogLevel.Warning, Message = "Could not follow index version {Version}: {Outcome} {Error}")]
    public static partial void FollowFailed(ILogger logger, int version, string outcome, string? error);

    [LoggerMessage(EventId = 2606, Level = LogLevel.Information, Message = "Lock {Name} held by another host for {WaitMs} ms; giving up")]
    public static partial void LockBusy(ILogger logger, string name, double waitMs);
}
