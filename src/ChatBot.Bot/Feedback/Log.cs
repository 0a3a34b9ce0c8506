using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Feedback;

internal static partial class Log
{
    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Recorded {Reaction} feedback in {Channel} conversation {ConversationId}")]
    public static partial void FeedbackRecorded(ILogger logger, FeedbackReaction reaction, string channel, string conversationId);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "Could not record {Reaction} feedback; the turn goes on without it")]
    public static partial void FeedbackFailed(ILogger logger, Exception exception, FeedbackReaction reaction);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Debug, Message = "Wrote {Count} feedback records")]
    public static partial void FeedbackBatchWritten(ILogger logger, int count);

    [LoggerMessage(EventId = 2105, Level = LogLevel.Warning, Message = "Could not write {Count} feedback records; records are dropped until the store answers again")]
    public static partial void FeedbackBatchFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(EventId = 2106, Level = LogLevel.Information, Message = "Feedback store answers again")]
    public static partial void FeedbackWritesResumed(ILogger logger);

    [LoggerMessage(EventId = 2107, Level = LogLevel.Warning, Message = "Feedback queue full: {Count} records dropped (capacity {Capacity})")]
    public static partial void FeedbackDropped(ILogger logger, long count, int capacity);

    [LoggerMessage(EventId = 2108, Level = LogLevel.Information, Message = "Removed {Count} feedback records past the retention limits")]
    public static partial void FeedbackPruned(ILogger logger, int count);

    [LoggerMessage(EventId = 2109, Level = LogLevel.Warning, Message = "Could not apply the feedback retention limits")]
    public static partial void FeedbackPruneFailed(ILogger logger, Exception exception);
}
