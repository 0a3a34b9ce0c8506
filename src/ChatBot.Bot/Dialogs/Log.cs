using ChatBot.Knowledge.Answers;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Dialogs;

internal static partial class Log
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Answered {ActivityId} as {Kind} with {CitationCount} citations")]
    public static partial void Answered(ILogger logger, string? activityId, AnswerKind kind, int citationCount);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Debug, Message = "Question of {ActivityId}: {Question}")]
    public static partial void Question(ILogger logger, string? activityId, string question);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Debug, Message = "Ignored {ActivityId}: not addressed to the bot")]
    public static partial void NotAddressed(ILogger logger, string? activityId);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Ran command {Command} for {ActivityId}")]
    public static partial void CommandRan(ILogger logger, string command, string? activityId);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Refused admin command {Command} for user {UserId} (AAD object id {AadObjectId}) on {Channel}: not in Admin:UserIds")]
    public static partial void CommandRefused(ILogger logger, string command, string? userId, string? aadObjectId, string? channel);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information, Message = "Question of {ActivityId} too long ({Length} characters)")]
    public static partial void QuestionTooLong(ILogger logger, string? activityId, int length);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Information, Message = "Welcomed conversation in {Channel}")]
    public static partial void Welcomed(ILogger logger, string? channel);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Debug, Message = "No handler for invoke {Name}")]
    public static partial void UnhandledInvoke(ILogger logger, string? name);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Debug, Message = "No handler for activity type {Type}")]
    public static partial void UnhandledActivity(ILogger logger, string? type);
}
