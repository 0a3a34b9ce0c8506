using ChatBot.Knowledge.Indexing;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Commands.Admin;

/// <summary>Log messages of the admin commands (event ids 2201-2219; the feedback report keeps 2103).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2201, Level = LogLevel.Information, Message = "Reindex requested from the chat by {UserId} on {Channel}")]
    public static partial void ReindexRequested(ILogger logger, string? userId, string? channel);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Information, Message = "Reindex from the chat finished: {Outcome}, index version {Version} serving (asked by {UserId})")]
    public static partial void ReindexFinished(ILogger logger, ReindexOutcome outcome, int version, string? userId);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Warning, Message = "Could not read feedback")]
    public static partial void FeedbackReadFailed(ILogger logger, Exception exception);
}
