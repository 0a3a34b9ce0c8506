using ChatBot.Bot.Protocol;

namespace ChatBot.Bot.Turns;

/// <summary>What one turn produced: replies to deliver and, for an invoke, the synchronous response.</summary>
/// <param name="Replies">Activities to send back, in order.</param>
/// <param name="InvokeResponse">Status and body for an <c>invoke</c>; null for other activity types.</param>
public sealed record TurnResult(IReadOnlyList<Activity> Replies, InvokeResponse? InvokeResponse = null)
{
    public static TurnResult Empty { get; } = new([]);
}
