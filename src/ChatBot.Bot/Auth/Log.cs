using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Auth;

internal static partial class Log
{
    [LoggerMessage(1300, LogLevel.Warning, "Refused activity {ActivityId} from {ChannelId}: {Reason}")]
    public static partial void Refused(ILogger logger, string? channelId, string? activityId, string reason);
}
