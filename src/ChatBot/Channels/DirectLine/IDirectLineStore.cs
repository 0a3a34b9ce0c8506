using ChatBot.Bot.Protocol;

namespace ChatBot.Channels.DirectLine;

/// <summary>The conversations of the local Direct Line: tokens, feeds and the order of bot turns. Thread-safe.</summary>
internal interface IDirectLineStore
{
    DirectLineOptions Options { get; }

    /// <summary>Opens a conversation with a fresh token; null when the store is full of live conversations (none is evicted).</summary>
    DirectLineConversation? Create(ChannelAccount? user, string? locale);

    /// <summary>Checks a bearer token for a conversation; with no conversation id, finds the token's own conversation.</summary>
    DirectLineAccess Authorize(string? conversationId, string? token, out DirectLineConversation? conversation);

    /// <summary>The conversation with this id, for the bot's own connector calls (which carry no Direct Line token).</summary>
    DirectLineConversation? Find(string conversationId);

    /// <summary>Marks the conversation started; true only the first time, when the bot should be told the user joined.</summary>
    bool TryStart(DirectLineConversation conversation);

    /// <summary>Extends the token's life by the configured lifetime from now.</summary>
    void Refresh(DirectLineConversation conversation);

    int SecondsLeft(DirectLineConversation conversation);

    /// <summary>Gives the activity its id and timestamp; adds it to the feed unless <paramref name="addToFeed"/> is false.</summary>
    string Stamp(DirectLineConversation conversation, Activity activity, bool addToFeed = true);

    /// <summary>The activities newer than <paramref name="watermark"/>, and the watermark to send next time.</summary>
    (IReadOnlyList<Activity> Activities, string? Watermark) Since(DirectLineConversation conversation, string? watermark);

    /// <summary>Chains work after the conversation's previous bot turn, so turns run in posting order.</summary>
    void Enqueue(DirectLineConversation conversation, Func<Task> turn);
}
