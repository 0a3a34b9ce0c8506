using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Connector;

internal static partial class Log
{
    [LoggerMessage(1200, LogLevel.Warning, "Local mode (no MicrosoftAppId): {ReplyCount} replies to activity {ActivityId} not posted to non-loopback serviceUrl {ServiceUrl}")]
    public static partial void NotLoopback(ILogger logger, string? serviceUrl, string? activityId, int replyCount);

    [LoggerMessage(1201, LogLevel.Warning, "Activity {ActivityId} has no serviceUrl; {ReplyCount} replies not posted")]
    public static partial void NoServiceUrl(ILogger logger, string? activityId, int replyCount);

    [LoggerMessage(1202, LogLevel.Debug, "Posted {ActivityType} answering {ActivityId} as {PostedId}")]
    public static partial void Posted(ILogger logger, string? activityType, string? activityId, string? postedId);
}
