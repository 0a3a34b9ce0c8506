using ChatBot.Bot.Protocol;

namespace ChatBot.Bot.Turns;

/// <summary>How many messages one user (channel + <c>from.id</c>) may send per minute.</summary>
internal interface IUserRateLimiter
{
    /// <summary>True when the sender may be answered now; false when over the limit.</summary>
    bool TryAcquire(Activity activity);
}
