namespace ChatBot.Bot.Auth;

/// <summary>Authentication scheme names and token issuers of the Bot Framework (bot-protocol.md §4).</summary>
public static class BotAuthenticationDefaults
{
    /// <summary>The policy scheme <c>/api/messages</c> authenticates with; it forwards on the token's issuer.</summary>
    public const string Scheme = "BotFramework";

    /// <summary>Tokens that Azure Bot Service channels send.</summary>
    public const string ChannelScheme = "BotFramework.Channel";

    /// <summary>Tokens that the Bot Framework Emulator (and other Entra ID clients) send.</summary>
    public const string EmulatorScheme = "BotFramework.Emulator";

    public const string ChannelIssuer = "https://api.botframework.com";

    /// <summary>Tenants whose v1 and v2 issuers the Emulator's tokens carry.</summary>
    public static IReadOnlyList<string> EmulatorTenants { get; } = ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a"];

    /// <summary>The v1 and v2 Entra ID issuers of a tenant.</summary>
    public static IEnumerable<string> EntraIssuers(string tenantId)
    {
        yield return $"https://sts.windows.net/{tenantId}/";
        yield return $"https://login.microsoftonline.com/{tenantId}/v2.0";
    }
}
