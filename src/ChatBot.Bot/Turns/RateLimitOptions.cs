using System.ComponentModel.DataAnnotations;

namespace ChatBot.Bot.Turns;

/// <summary>Per-user message rate limit (section <c>Bot:RateLimit</c>).</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "Bot:RateLimit";

    /// <summary>Messages one user (channel + <c>from.id</c>) may send per minute; 0 disables the limit.</summary>
    /// <value>Default 30.</value>
    [Range(0, 100_000)] public int PerUserPerMinute { get; set; } = 30;
}
