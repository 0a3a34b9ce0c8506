using System.ComponentModel.DataAnnotations;

namespace ChatBot.Channels.DirectLine;

/// <summary>Limits and identity of the local Direct Line 3.0 endpoint that the built-in chat page uses.</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>How long a token stays valid; <c>POST /tokens/refresh</c> extends it by this much again.</summary>
    /// <value>Default 30 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Most live conversations at once. A live conversation is never dropped to make room: when the store is full,
    /// conversations whose token has expired go first, and if none has, a new one is refused with 429.
    /// </summary>
    /// <value>Default 1000.</value>
    [Range(1, 1_000_000)] public int MaxConversations { get; set; } = 1000;

    /// <summary>Most activities kept per conversation; older ones are dropped from the feed.</summary>
    /// <value>Default 500.</value>
    [Range(1, 100_000)] public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>
    /// Tokens and conversations one client address may start per minute (<c>/tokens/generate</c> and
    /// <c>/conversations</c>); more get 429. 0 turns the limit off.
    /// </summary>
    /// <value>Default 10 (a page load takes one).</value>
    [Range(0, 100_000)] public int StartsPerClientPerMinute { get; set; } = 10;

    /// <summary>
    /// Origins besides the page's own that may call <c>/v3/directline</c> from a browser (e.g. <c>https://intranet.example</c>).
    /// </summary>
    /// <value>Default empty: only the page served by this host.</value>
    public IReadOnlyList<string> AllowedOrigins { get; set; } = [];

    /// <summary>The bot's account id in Direct Line conversations.</summary>
    /// <value>Default <c>chatbot</c>.</value>
    [Required] public string BotId { get; set; } = "chatbot";
}
