using ChatBot.Bot.Protocol;

namespace ChatBot.Channels.DirectLine;

/// <summary>
/// One local Direct Line conversation: its token, the user it was opened for and the feed of activities that
/// clients poll. Mutable state is guarded by <see cref="DirectLineStore"/>'s lock.
/// </summary>
internal sealed class DirectLineConversation(string id, string token, ChannelAccount user, string? locale)
{
    public string Id { get; } = id;

    public string Token { get; set; } = token;

    public ChannelAccount User { get; set; } = user;

    public string? Locale { get; set; } = locale;

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset LastUsed { get; set; }

    public bool Started { get; set; }

    /// <summary>Sequence number of the last stamped activity; the watermark clients send back.</summary>
    public long LastSequence { get; set; }

    /// <summary>The kept activities, oldest first, each with its sequence number.</summary>
    public LinkedList<(long Sequence, Activity Activity)> Feed { get; } = new();

    /// <summary>The bot turns of one conversation run one after another, in the order the user posted.</summary>
    public Task TurnTail { get; set; } = Task.CompletedTask;
}
