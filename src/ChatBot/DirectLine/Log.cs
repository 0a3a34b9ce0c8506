using Microsoft.Extensions.Logging;

namespace ChatBot.DirectLine;

internal static partial class Log
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Direct Line conversation {ConversationId} started")]
    public static partial void ConversationStarted(ILogger logger, string conversationId);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Direct Line conversation {ConversationId} evicted after being idle since {LastUsed}")]
    public static partial void ConversationEvicted(ILogger logger, string conversationId, DateTimeOffset lastUsed);
}
