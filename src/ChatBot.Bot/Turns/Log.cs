using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Turns;

internal static partial class Log
{
    [LoggerMessage(1100, LogLevel.Error, "Turn for {ActivityType} activity {ActivityId} failed; the user gets an apology")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string? activityType, string? activityId);

    [LoggerMessage(1101, LogLevel.Information, "Answered {ActivityType} activity {ActivityId} with {ReplyCount} replies in {ElapsedMs:F1} ms")]
    public static partial void TurnCompleted(ILogger logger, string? activityType, string? activityId, int replyCount, double elapsedMs);

    [LoggerMessage(1102, LogLevel.Warning, "Rate limit reached for user {UserId} on {ChannelId}")]
    public static partial void RateLimited(ILogger logger, string? channelId, string? userId);

    [LoggerMessage(1103, LogLevel.Error, "Delivering the replies to activity {ActivityId} failed")]
    public static partial void DeliveryFailed(ILogger logger, Exception exception, string? activityId);
}
