using System.Threading.RateLimiting;
using ChatBot.Bot.Hosting;
using ChatBot.Bot.Protocol;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Turns;

/// <summary>
/// Limits how many messages one user (channel + <c>from.id</c>) may send per minute, with a sliding window so
/// a burst at a minute boundary cannot double the rate.
/// </summary>
internal sealed class UserRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string>? limiter;

    public UserRateLimiter(IOptions<RateLimitOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var perMinute = options.Value.PerUserPerMinute;
        if (perMinute > 0)
        {
            limiter = PartitionedRateLimiter.Create<string, string>(user => RateLimitPartition.GetSlidingWindowLimiter(
                user,
                _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = perMinute,
                    Window = TimeSpan.FromMinutes(1),
                    SegmentsPerWindow = 6,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
        }
    }

    /// <summary>True when the sender may be answered now; false when over the limit.</summary>
    public bool TryAcquire(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (limiter is null)
        {
            return true;
        }

        // Without a sender id the conversation stands in for the user.
        var user = string.Join('\n', activity.ChannelId, activity.From?.Id ?? "conversation:" + activity.Conversation?.Id);
        using var lease = limiter.AttemptAcquire(user);
        return lease.IsAcquired;
    }

    public void Dispose() => limiter?.Dispose();
}
