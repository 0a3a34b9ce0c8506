using System.ComponentModel.DataAnnotations;

namespace ChatBot.Bot.Turns;

/// <summary>Limits and timings of <c>POST /api/messages</c> (section <c>Bot:Messaging</c>).</summary>
public sealed class MessagingOptions
{
    public const string SectionName = "Bot:Messaging";

    /// <summary>Largest accepted request body; larger ones get 413.</summary>
    /// <value>Default 1 MiB.</value>
    [Range(1024, 16 * 1024 * 1024)] public int MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>How long an answer may take before a <c>typing</c> activity is sent.</summary>
    /// <value>Default 1 second.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")] public TimeSpan TypingDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often <c>typing</c> is repeated while the answer is still being worked on.</summary>
    /// <value>Default 3 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:01", "00:00:30")] public TimeSpan TypingInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long an activity id is remembered to drop channel retries (Teams re-posts after 15 s).</summary>
    /// <value>Default 5 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")] public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromMinutes(5);
}
