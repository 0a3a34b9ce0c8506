using ChatBot.Bot.Protocol;
using ChatBot.Bot.State;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Feedback;

/// <summary>
/// Records feedback and unanswered questions for a turn. A storage failure is logged and swallowed: feedback must
/// never cost the user an answer. Unanswered questions, which come at the rate of questions, only join the
/// <see cref="FeedbackBacklog"/>; reactions and comments, which the user is told were recorded, are stored at once.
/// </summary>
public sealed class FeedbackRecorder(IFeedbackStore store, FeedbackBacklog queue, TimeProvider clock, ILogger<FeedbackRecorder> logger)
{
    /// <summary>Records a reaction or comment by the sender of <paramref name="activity"/> on <paramref name="answer"/>.</summary>
    /// <returns>True when stored.</returns>
    public Task<bool> RecordAsync(Activity activity, FeedbackReaction reaction, string? comment, AnswerRecord? answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var sources = answer is null ? null : string.Join('\n', answer.Citations.Select(c => $"[{c.Position}] {c.File}#p{c.Paragraph + 1} {c.Title}"));
        return SaveAsync(Entry(activity, reaction, comment, answer?.Question, answer?.AnswerText, sources), cancellationToken);
    }

    /// <summary>Queues a question the bot declined for the log; false when the queue is full.</summary>
    public bool RecordUnanswered(Activity activity, string question, string replyText)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return queue.TryEnqueue(Entry(activity, FeedbackReaction.Unanswered, null, question, replyText, null));
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
        catch (Exception ex) when (FeedbackBacklog.IsStorageFailure(ex))
        {
            Log.FeedbackFailed(logger, ex, entry.Reaction);
            return false;
        }
    }
}
