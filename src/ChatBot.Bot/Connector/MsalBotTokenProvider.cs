using ChatBot.Bot.Hosting;
using ChatBot.Bot.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace ChatBot.Bot.Connector;

/// <summary>
/// Client-credentials tokens for the Bot Connector from MSAL, which caches them and renews them before they
/// expire: a client secret for <c>MultiTenant</c>/<c>SingleTenant</c>, a user-assigned managed identity for
/// <c>UserAssignedMSI</c>.
/// </summary>
internal sealed class MsalBotTokenProvider(IOptions<BotIdentityOptions> options) : IBotTokenProvider
{
    private const string Resource = "https://api.botframework.com";
    private static readonly string[] Scopes = [Resource + "/.default"];

    private readonly Lazy<IConfidentialClientApplication> confidential = new(() => CreateConfidential(options.Value));
    private readonly Lazy<IManagedIdentityApplication> managed = new(() => ManagedIdentityApplicationBuilder
        .Create(ManagedIdentityId.WithUserAssignedClientId(options.Value.MicrosoftAppId))
        .Build());

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var identity = options.Value;
        if (identity.IsLocalMode)
        {
            return null;
        }

        var result = identity.IsManagedIdentity
            ? await managed.Value.AcquireTokenForManagedIdentity(Resource).ExecuteAsync(cancellationToken)
            : await confidential.Value.AcquireTokenForClient(Scopes).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }

    private static IConfidentialClientApplication CreateConfidential(BotIdentityOptions identity)
    {
        var tenant = identity.IsSingleTenant ? identity.MicrosoftAppTenantId : "botframework.com";
        return ConfidentialClientApplicationBuilder.Create(identity.MicrosoftAppId)
            .WithClientSecret(identity.MicrosoftAppPassword)
            .WithAuthority(new Uri("https://login.microsoftonline.com/" + tenant))
            .Build();
    }
}
