using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Auth;

internal static partial class Log
{
    [LoggerMessage(1300, LogLevel.Warning, "Refused activity {ActivityId} from {ChannelId}: {Reason}")]
    public static partial void Refused(ILogger logger, string? channelId, string? activityId, string reason);

    [LoggerMessage(1301, LogLevel.Debug, "Refused activity {ActivityId} from {ChannelId}: the identity provider is unreachable")]
    public static partial void RefusedWhileUnreachable(ILogger logger, string? channelId, string? activityId);

    [LoggerMessage(1302, LogLevel.Warning, "The identity provider at {Address} is unreachable ({Reason}); calls to /api/messages get 401 until it answers")]
    public static partial void IdentityProviderUnreachable(ILogger logger, string address, string reason);

    [LoggerMessage(1303, LogLevel.Information, "The identity provider at {Address} answers again")]
    public static partial void IdentityProviderReachable(ILogger logger, string address);
}
