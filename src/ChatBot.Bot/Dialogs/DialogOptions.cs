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

    /// <summary>
    /// Longest message, on every way in: the bot answers longer ones with a polite request to shorten, the web chat's
    /// Direct Line refuses them with 400, and the command line with a usage error.
    /// </summary>
    /// <value>Default 2,000 characters.</value>
    [Range(10, 100_000)] public int MaxQuestionLength { get; set; } = 2_000;

    /// <summary>Passages shown at a time by <c>more</c>.</summary>
    /// <value>Default 5.</value>
    [Range(1, 20)] public int MorePageSize { get; set; } = 5;
}
