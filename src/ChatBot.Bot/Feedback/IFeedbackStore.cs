namespace ChatBot.Bot.Feedback;

/// <summary>Keeps feedback on answers and the questions the bot declined. Thread-safe.</summary>
public interface IFeedbackStore
{
    /// <summary>Stores one record.</summary>
    Task RecordAsync(FeedbackEntry entry, CancellationToken cancellationToken);

    /// <summary>The newest records of the given kinds, newest first.</summary>
    Task<IReadOnlyList<FeedbackEntry>> RecentAsync(IReadOnlyCollection<FeedbackReaction> reactions, int limit, CancellationToken cancellationToken);
}
