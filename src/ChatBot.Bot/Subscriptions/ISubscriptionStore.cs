namespace ChatBot.Bot.Subscriptions;

/// <summary>Durable topic subscriptions, one per conversation and topic. Thread-safe.</summary>
public interface ISubscriptionStore
{
    /// <summary>
    /// Subscribes the reference's conversation to a topic, marked as notified up to <paramref name="version"/>.
    /// Either way the stored reference of every subscription of that conversation is refreshed (a Teams service URL
    /// may change).
    /// </summary>
    /// <returns>False when the conversation was already subscribed to the topic.</returns>
    Task<bool> AddAsync(ConversationReference reference, string topicId, int version, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Removes one subscription; false when there was none.</summary>
    Task<bool> RemoveAsync(string channelId, string conversationId, string topicId, CancellationToken cancellationToken);

    /// <summary>Removes every subscription of a conversation and returns how many there were.</summary>
    Task<int> RemoveAllAsync(string channelId, string conversationId, CancellationToken cancellationToken);

    /// <summary>A conversation's subscriptions, oldest first.</summary>
    Task<IReadOnlyList<Subscription>> ListAsync(string channelId, string conversationId, CancellationToken cancellationToken);

    /// <summary>Subscriptions not yet notified up to <paramref name="version"/>, oldest first.</summary>
    Task<IReadOnlyList<Subscription>> PendingAsync(int version, CancellationToken cancellationToken);

    /// <summary>Records that the subscription's news up to <paramref name="version"/> was delivered (or there was none).</summary>
    Task MarkNotifiedAsync(Subscription subscription, int version, CancellationToken cancellationToken);

    /// <summary>
    /// Lowers to <paramref name="version"/> the notified version of subscriptions that are ahead of it (the index was
    /// rebuilt from scratch and its versions started again) and returns how many there were.
    /// </summary>
    Task<int> RebaselineAsync(int version, CancellationToken cancellationToken);

    /// <summary>Counts a refused push and returns the number of consecutive refusals.</summary>
    Task<int> RecordFailureAsync(Subscription subscription, CancellationToken cancellationToken);
}
