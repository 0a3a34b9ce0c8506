using ChatBot.Knowledge.Indexing;

namespace ChatBot.Admin;

/// <summary>Log messages of the admin endpoint (event ids 5001-5019).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "Refused POST /admin/reindex from {RemoteAddress}: missing or wrong X-Api-Key")]
    public static partial void KeyRefused(ILogger logger, string? remoteAddress);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Reindex requested over HTTP from {RemoteAddress}")]
    public static partial void ReindexRequested(ILogger logger, string? remoteAddress);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Reindex over HTTP finished: {Outcome}, index version {Version} serving")]
    public static partial void ReindexFinished(ILogger logger, ReindexOutcome outcome, int version);
}
