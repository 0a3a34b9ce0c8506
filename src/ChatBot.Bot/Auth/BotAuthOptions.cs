using System.ComponentModel.DataAnnotations;

namespace ChatBot.Bot.Auth;

/// <summary>Where inbound tokens' signing keys come from, and how long to wait for them (section <c>Bot:Auth</c>).</summary>
public sealed class BotAuthOptions
{
    public const string SectionName = "Bot:Auth";

    /// <summary>Name of the HttpClient that fetches OpenID metadata and keys.</summary>
    public const string MetadataHttpClientName = "ChatBot.Bot.AuthMetadata";

    /// <summary>OpenID metadata of the Bot Connector service (tokens from Azure Bot Service channels).</summary>
    /// <value>Default <c>https://login.botframework.com/v1/.well-known/openidconfiguration</c>.</value>
    [Required] public string ChannelMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>OpenID metadata of Microsoft Entra ID (tokens from the Bot Framework Emulator and bot-to-bot calls).</summary>
    /// <value>Default <c>https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration</c>.</value>
    [Required] public string EmulatorMetadataUrl { get; set; } = "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration";

    /// <summary>Longest wait for one metadata or key document; past it the request is refused (401).</summary>
    /// <value>Default 5 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.1", "00:01:00")] public TimeSpan MetadataTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often signing keys are re-read.</summary>
    /// <value>Default 1 day.</value>
    [Range(typeof(TimeSpan), "00:05:00", "5.00:00:00")] public TimeSpan MetadataRefreshInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Tolerated clock difference for <c>nbf</c> and <c>exp</c>.</summary>
    /// <value>Default 5 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")] public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);
}
