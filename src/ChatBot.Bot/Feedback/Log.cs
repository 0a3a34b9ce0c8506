using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Feedback;

internal static partial class Log
{
    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Recorded {Reaction} feedback in {Channel} conversation {ConversationId}")]
    public static partial void FeedbackRecorded(ILogger logger, FeedbackReaction reaction, string channel, string conversationId);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "Could not record {Reaction} feedback; the turn goes on without it")]
    public static partial void FeedbackFailed(ILogger logger, Exception exception, FeedbackReaction reaction);
}
