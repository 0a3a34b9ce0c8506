using ChatBot.Bot.Protocol;
using ChatBot.Bot.State;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Feedback;

/// <summary>
/// Records feedback and unanswered questions for a turn. A storage failure is logged and swallowed: feedback must
/// never cost the user an answer.
/// </summary>
public sealed class FeedbackRecorder(IFeedbackStore store, TimeProvider clock, ILogger<FeedbackRecorder> logger)
{
    /// <summary>Records a reaction or comment by the sender of <paramref name="activity"/> on <paramref name="answer"/>.</summary>
    /// <returns>True when stored.</returns>
    public Task<bool> RecordAsync(Activity activity, FeedbackReaction reaction, string? comment, AnswerRecord? answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var sources = answer is null ? null : string.Join('\n', answer.Citations.Select(c => $"[{c.Position}] {c.File}#p{c.Paragraph + 1} {c.Title}"));
        return SaveAsync(Entry(activity, reaction, comment, answer?.Question, answer?.AnswerText, sources), cancellationToken);
    }

    /// <summary>Records a question the bot declined.</summary>
    public Task<bool> RecordUnansweredAsync(Activity activity, string question, string replyText, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return SaveAsync(Entry(activity, FeedbackReaction.Unanswered, null, question, replyText, null), cancellationToken);
    }

    private FeedbackEntry Entry(Activity activity, FeedbackReaction reaction, string? comment, string? question, string? answer, string? sources) =>
        new(clock.GetUtcNow(), activity.ChannelId ?? "", activity.Conversation?.Id ?? "", activity.From?.Id ?? "", reaction, comment, question, answer, sources);

    private async Task<bool> SaveAsync(FeedbackEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            await store.RecordAsync(entry, cancellationToken);
            Log.FeedbackRecorded(logger, entry.Reaction, entry.Channel, entry.Conversation);
            return true;
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            Log.FeedbackFailed(logger, ex, entry.Reaction);
            return false;
        }
    }
}
