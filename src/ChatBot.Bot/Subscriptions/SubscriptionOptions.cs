using System.ComponentModel.DataAnnotations;

namespace ChatBot.Bot.Subscriptions;

/// <summary>Where subscriptions are kept, read from the <c>Bot</c> section of appsettings.json.</summary>
public sealed class SubscriptionOptions
{
    public const string SectionName = "Bot";

    /// <summary>SQLite file that keeps topic subscriptions and their conversation references; relative paths resolve against the app root.</summary>
    /// <value>Default <c>.data/subscriptions.db</c>.</value>
    [Required] public string SubscriptionsDatabasePath { get; set; } = ".data/subscriptions.db";
}
