using System.ComponentModel.DataAnnotations;

namespace ChatBot.Bot.Dialogs;

/// <summary>Settings of the dialog layer, read from the <c>Bot</c> section of appsettings.json.</summary>
public sealed class DialogOptions
{
    public const string SectionName = "Bot";

    /// <summary>The bot's name in help and welcome texts.</summary>
    /// <value>Default <c>ChatBot</c>.</value>
    [Required] public string DisplayName { get; set; } = "ChatBot";

    /// <summary>What the bot answers about, as it reads in help and welcome texts.</summary>
    /// <value>Default <c>the Armenia–Azerbaijan peace talks</c>.</value>
    [Required] public string Subject { get; set; } = "the Armenia–Azerbaijan peace talks";

    /// <summary>SQLite file that keeps feedback and unanswered questions; relative paths resolve against the app root.</summary>
    /// <value>Default <c>.data/feedback.db</c>.</value>
    [Required] public string FeedbackDatabasePath { get; set; } = ".data/feedback.db";

    /// <summary>SQLite file that keeps topic subscriptions and their conversation references; relative paths resolve against the app root.</summary>
    /// <value>Default <c>.data/subscriptions.db</c>.</value>
    [Required] public string SubscriptionsDatabasePath { get; set; } = ".data/subscriptions.db";

    /// <summary>
    /// Public base URL of the bot (e.g. <c>https://bot.example.org</c>), used for links to its own source view when a
    /// source has no URL of its own.
    /// </summary>
    /// <value>Default empty: links stay relative (<c>/sources/{file}#p{n}</c>).</value>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>
    /// Longest message, on every way in: the bot answers longer ones with a polite request to shorten, the web chat's
    /// Direct Line refuses them with 400, and the command line with a usage error.
    /// </summary>
    /// <value>Default 2,000 characters.</value>
    [Range(10, 100_000)] public int MaxQuestionLength { get; set; } = 2_000;

    /// <summary>Most conversations whose state is kept; the least recently used ones are dropped first.</summary>
    /// <value>Default 10,000.</value>
    [Range(1, 10_000_000)] public int ConversationCapacity { get; set; } = 10_000;

    /// <summary>How long a conversation's state lives without a new turn.</summary>
    /// <value>Default one hour.</value>
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Passages shown at a time by <c>more</c>.</summary>
    /// <value>Default 5.</value>
    [Range(1, 20)] public int MorePageSize { get; set; } = 5;
}
