namespace ChatBot.Bot.Identity;

/// <summary>
/// The bot's Microsoft Entra identity under the root-level keys every Bot Framework bot uses
/// (<c>MicrosoftAppType</c>, <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>).
/// An empty <see cref="MicrosoftAppId"/> means local mode: no inbound authentication, no outbound token,
/// and replies go only to loopback service URLs.
/// </summary>
public sealed class BotIdentityOptions
{
    /// <summary><c>MultiTenant</c>, <c>SingleTenant</c> or <c>UserAssignedMSI</c>.</summary>
    /// <value>Default empty, read as <c>MultiTenant</c> as the Bot Framework SDK does.</value>
    public string MicrosoftAppType { get; set; } = "";

    /// <summary>The app (client) id of the bot registration; for a managed identity, its client id.</summary>
    /// <value>Default empty: local mode.</value>
    public string MicrosoftAppId { get; set; } = "";

    /// <summary>Client secret for <c>MultiTenant</c> and <c>SingleTenant</c>; unused for a managed identity.</summary>
    /// <value>Default empty.</value>
    public string MicrosoftAppPassword { get; set; } = "";

    /// <summary>Tenant of a <c>SingleTenant</c> or managed-identity bot.</summary>
    /// <value>Default empty.</value>
    public string MicrosoftAppTenantId { get; set; } = "";

    /// <summary>True when no app id is configured.</summary>
    public bool IsLocalMode => string.IsNullOrWhiteSpace(MicrosoftAppId);

    public bool IsSingleTenant => string.Equals(MicrosoftAppType, BotAppTypes.SingleTenant, StringComparison.OrdinalIgnoreCase);

    public bool IsManagedIdentity => string.Equals(MicrosoftAppType, BotAppTypes.UserAssignedMsi, StringComparison.OrdinalIgnoreCase);
}
