using System.Threading.RateLimiting;
using ChatBot.Bot.Hosting;
using ChatBot.Bot.Protocol;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Turns;

/// <summary>
/// Limits how many messages one user (channel + <c>from.id</c>) may send per minute, with a sliding window so
/// a burst at a minute boundary cannot double the rate.
/// </summary>
internal sealed class UserRateLimiter : IUserRateLimiter, IDisposable
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

    public bool TryAcquire(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (limiter is null)
        {
            return true;
        }

        using var lease = limiter.AttemptAcquire(PartitionOf(activity));
        return lease.IsAcquired;
    }

    /// <summary>Whose limit a message counts against: channel and sender (without a sender id, the conversation).</summary>
    public static string PartitionOf(Activity activity) =>
        string.Join('\n', activity.ChannelId, activity.From?.Id ?? "conversation:" + activity.Conversation?.Id);

    public void Dispose() => limiter?.Dispose();
}
