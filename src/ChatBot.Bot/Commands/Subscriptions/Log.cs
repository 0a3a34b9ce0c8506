using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Commands.Subscriptions;

/// <summary>Log messages of the subscription commands (event ids 2301-2303).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2301, Level = LogLevel.Information, Message = "Subscribed {Channel} conversation {ConversationId} to {Topic} at index version {Version} (new: {Added})")]
    public static partial void Subscribed(ILogger logger, string channel, string conversationId, string topic, int version, bool added);

    [LoggerMessage(EventId = 2302, Level = LogLevel.Information, Message = "Unsubscribed {Channel} conversation {ConversationId} from {Topic} (was subscribed: {Found})")]
    public static partial void Unsubscribed(ILogger logger, string channel, string conversationId, string topic, bool found);

    [LoggerMessage(EventId = 2303, Level = LogLevel.Information, Message = "Unsubscribed {Channel} conversation {ConversationId} from all {Count} topics")]
    public static partial void UnsubscribedAll(ILogger logger, string channel, string conversationId, int count);
}
