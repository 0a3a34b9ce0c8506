using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Subscriptions;

internal static partial class Log
{
    [LoggerMessage(EventId = 2304, Level = LogLevel.Information, Message = "Index version {Version}: {Pending} subscriptions checked, {Sent} updates posted")]
    public static partial void Pushed(ILogger logger, int version, int pending, int sent);

    [LoggerMessage(EventId = 2305, Level = LogLevel.Information, Message = "Posted news on {Topic} up to index version {Version} to {Channel} conversation {ConversationId} with {CitationCount} citations")]
    public static partial void Notified(ILogger logger, string channel, string conversationId, string topic, int version, int citationCount);

    [LoggerMessage(EventId = 2306, Level = LogLevel.Warning, Message = "Could not post news on {Topic} to {Channel} conversation {ConversationId}; it goes out with the next reindex")]
    public static partial void DeliveryFailed(ILogger logger, Exception exception, string channel, string conversationId, string topic);

    [LoggerMessage(EventId = 2307, Level = LogLevel.Warning, Message = "{Channel} conversation {ConversationId} refused news on {Topic} with {Status} ({Refusals} in a row)")]
    public static partial void Refused(ILogger logger, Exception exception, string channel, string conversationId, string topic, int? status, int refusals);

    [LoggerMessage(EventId = 2308, Level = LogLevel.Warning, Message = "Dropped the subscription of {Channel} conversation {ConversationId} to {Topic} after {Refusals} refused posts")]
    public static partial void Dropped(ILogger logger, string channel, string conversationId, string topic, int refusals);

    [LoggerMessage(EventId = 2309, Level = LogLevel.Warning, Message = "Local mode (no MicrosoftAppId): news not posted to non-loopback serviceUrl {ServiceUrl} of conversation {ConversationId}")]
    public static partial void NotLoopback(ILogger logger, string serviceUrl, string conversationId);

    [LoggerMessage(EventId = 2310, Level = LogLevel.Warning, Message = "Index version {Version} is older than {Count} subscriptions had seen (the index was rebuilt from scratch); they count from it now")]
    public static partial void Rebaselined(ILogger logger, int count, int version);

    [LoggerMessage(EventId = 2311, Level = LogLevel.Information, Message = "Removed {Count} subscriptions of {Channel} conversation {ConversationId}: the bot was removed from it")]
    public static partial void RemovedWithBot(ILogger logger, int count, string channel, string conversationId);

    [LoggerMessage(EventId = 2312, Level = LogLevel.Information, Message = "Skipped pushing news for index version {Version}: version {Serving} already serves and pushes its own")]
    public static partial void StaleReport(ILogger logger, int version, int serving);

    [LoggerMessage(EventId = 2313, Level = LogLevel.Warning, Message = "Skipped pushing news for index version {Version}: another host kept the push lock too long")]
    public static partial void PushBusy(ILogger logger, int version);
}
