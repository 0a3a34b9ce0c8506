namespace ChatBot.Bot.State;

/// <summary>
/// Per-conversation memory of the dialog layer (last focus, recent answers, welcome sent). Thread-safe. Entries may
/// vanish (capacity, idle expiry, restart); callers then start afresh.
/// </summary>
public interface IConversationStateStore
{
    /// <summary>The state of the conversation <paramref name="key"/>, or <see cref="ConversationState.Empty"/>.</summary>
    ConversationState Load(string key);

    /// <summary>Replaces the state of <paramref name="key"/>.</summary>
    void Save(string key, ConversationState state);

    /// <summary>Atomically replaces the state of <paramref name="key"/> with <paramref name="update"/> of the current one.</summary>
    ConversationState Update(string key, Func<ConversationState, ConversationState> update);

    /// <summary>Forgets the conversation <paramref name="key"/> (e.g. after a failed turn).</summary>
    void Remove(string key);
}
