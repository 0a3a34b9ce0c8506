namespace ChatBot.Bot.Rendering;

/// <summary>How links to the bot's own source view are written, read from the <c>Bot</c> section of appsettings.json.</summary>
public sealed class SourceLinkOptions
{
    public const string SectionName = "Bot";

    /// <summary>
    /// Public base URL of the bot (e.g. <c>https://bot.example.org</c>), used for links to its own source view when a
    /// source has no URL of its own.
    /// </summary>
    /// <value>Default empty: links stay relative (<c>/sources/{file}#p{n}</c>).</value>
    public string PublicBaseUrl { get; set; } = "";
}
