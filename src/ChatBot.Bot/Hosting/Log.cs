using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Hosting;

internal static partial class Log
{
    [LoggerMessage(1000, LogLevel.Warning, "MicrosoftAppId is empty: local mode. /api/messages accepts calls without a token and posts replies only to loopback serviceUrls")]
    public static partial void LocalMode(ILogger logger);

    [LoggerMessage(1001, LogLevel.Information, "Bot Framework authentication on for app {AppId} ({AppType})")]
    public static partial void Authenticated(ILogger logger, string appId, string appType);

    [LoggerMessage(1002, LogLevel.Information, "Refused /api/messages call with {Status}: {Reason}")]
    public static partial void BadRequest(ILogger logger, int status, string? reason);

    [LoggerMessage(1003, LogLevel.Information, "Dropped repeat of activity {ActivityId} in conversation {ConversationId} on {ChannelId}")]
    public static partial void Duplicate(ILogger logger, string? activityId, string? conversationId, string? channelId);

    [LoggerMessage(1004, LogLevel.Debug, "Ignored {ActivityType} activity {ActivityId}")]
    public static partial void Ignored(ILogger logger, string? activityType, string? activityId);
}
