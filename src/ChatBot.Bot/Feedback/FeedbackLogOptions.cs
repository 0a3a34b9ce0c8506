using System.ComponentModel.DataAnnotations;

namespace ChatBot.Bot.Feedback;

/// <summary>
/// How feedback and unanswered questions are written and how long they are kept (section <c>Bot:FeedbackLog</c>).
/// Records wait in a bounded in-memory queue and are written in batches off the request path.
/// </summary>
public sealed class FeedbackLogOptions
{
    public const string SectionName = "Bot:FeedbackLog";

    /// <summary>Records that may wait to be written; when full, new unanswered questions are dropped (and counted in the log).</summary>
    /// <value>Default 10,000.</value>
    [Range(1, 10_000_000)] public int QueueCapacity { get; set; } = 10_000;

    /// <summary>Most records written in one batch.</summary>
    /// <value>Default 500.</value>
    [Range(1, 100_000)] public int BatchSize { get; set; } = 500;

    /// <summary>How long the writer gathers records before writing a batch.</summary>
    /// <value>Default one second.</value>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Most records kept of each kind (unanswered, like, dislike, comment); older ones are removed first. 0 keeps all.</summary>
    /// <value>Default 50,000.</value>
    [Range(0, int.MaxValue)] public int MaxRecordsPerKind { get; set; } = 50_000;

    /// <summary>Records older than this are removed. Zero keeps them regardless of age.</summary>
    /// <value>Default 180 days.</value>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(180);

    /// <summary>How often the limits are applied (after a batch is written).</summary>
    /// <value>Default ten minutes.</value>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromMinutes(10);
}
