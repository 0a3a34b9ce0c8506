using Microsoft.Extensions.Logging;

namespace ChatBot.Channels.DirectLine;

internal static partial class Log
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Direct Line conversation {ConversationId} started")]
    public static partial void ConversationStarted(ILogger logger, string conversationId);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Direct Line conversation {ConversationId} removed: its token expired (last used {LastUsed})")]
    public static partial void ConversationExpired(ILogger logger, string conversationId, DateTimeOffset lastUsed);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Direct Line store is full ({Count} live conversations); a new conversation was refused")]
    public static partial void StoreFull(ILogger logger, int count);
}
