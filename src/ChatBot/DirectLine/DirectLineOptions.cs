using System.ComponentModel.DataAnnotations;

namespace ChatBot.DirectLine;

/// <summary>Limits and identity of the local Direct Line 3.0 endpoint that the built-in chat page uses.</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>How long a token stays valid; <c>POST /tokens/refresh</c> extends it by this much again.</summary>
    /// <value>Default 30 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Most conversations kept at once; starting one more evicts the one idle the longest.</summary>
    /// <value>Default 1000.</value>
    [Range(1, 1_000_000)] public int MaxConversations { get; set; } = 1000;

    /// <summary>Most activities kept per conversation; older ones are dropped from the feed.</summary>
    /// <value>Default 500.</value>
    [Range(1, 100_000)] public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>Longest message text accepted from a user, in characters; longer posts get 400.</summary>
    /// <value>Default 4000.</value>
    [Range(1, 1_000_000)] public int MaxTextLength { get; set; } = 4000;

    /// <summary>The bot's account id in Direct Line conversations.</summary>
    /// <value>Default <c>chatbot</c>.</value>
    [Required] public string BotId { get; set; } = "chatbot";
}
