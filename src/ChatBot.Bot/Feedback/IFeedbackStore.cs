namespace ChatBot.Bot.Feedback;

/// <summary>Keeps feedback on answers and the questions the bot declined. Thread-safe.</summary>
public interface IFeedbackStore
{
    /// <summary>Stores one record.</summary>
    Task RecordAsync(FeedbackEntry entry, CancellationToken cancellationToken);

    /// <summary>Stores several records at once (one transaction or round trip where the storage allows).</summary>
    Task RecordManyAsync(IReadOnlyList<FeedbackEntry> entries, CancellationToken cancellationToken);

    /// <summary>The newest records of the given kinds, newest first.</summary>
    Task<IReadOnlyList<FeedbackEntry>> RecentAsync(IReadOnlyCollection<FeedbackReaction> reactions, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Removes records older than <paramref name="olderThan"/> and, of each kind, all but the newest
    /// <paramref name="maxPerKind"/> (0: no count limit).
    /// </summary>
    /// <returns>How many records were removed.</returns>
    Task<int> PruneAsync(int maxPerKind, DateTimeOffset olderThan, CancellationToken cancellationToken);
}
