using Microsoft.Extensions.Logging;

namespace ChatBot.DirectLine;

internal static partial class Log
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Direct Line conversation {ConversationId} started")]
    public static partial void ConversationStarted(ILogger logger, string conversationId);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Direct Line conversation {ConversationId} evicted after being idle since {LastUsed}")]
    public static partial void ConversationEvicted(ILogger logger, string conversationId, DateTimeOffset lastUsed);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Error, Message = "Bot turn failed for activity {ActivityId} in Direct Line conversation {ConversationId}")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string? activityId, string? conversationId);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "No turn handler is registered; Direct Line activity {ActivityId} gets an apology")]
    public static partial void NoTurnHandler(ILogger logger, string? activityId);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Information, Message = "Bot turn for activity {ActivityId} produced {ReplyCount} replies in {ElapsedMs} ms")]
    public static partial void TurnCompleted(ILogger logger, string? activityId, int replyCount, long elapsedMs);
}
