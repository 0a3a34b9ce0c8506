using System.ComponentModel.DataAnnotations;

namespace ChatBot.Bot.Feedback;

/// <summary>Where feedback is kept, read from the <c>Bot</c> section of appsettings.json.</summary>
public sealed class FeedbackOptions
{
    public const string SectionName = "Bot";

    /// <summary>SQLite file that keeps feedback and unanswered questions; relative paths resolve against the app root.</summary>
    /// <value>Default <c>.data/feedback.db</c>.</value>
    [Required] public string FeedbackDatabasePath { get; set; } = ".data/feedback.db";
}
