using ChatBot.Bot.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ChatBot.Bot.Auth;

/// <summary>
/// One OpenID configuration manager per metadata URL, fetching over a short-timeout HttpClient so that an
/// unreachable identity provider fails a request quickly (401) instead of hanging it; nothing is fetched at start.
/// </summary>
internal sealed class BotMetadata(IHttpClientFactory httpClients, IdentityProviderStatus status, IOptions<BotAuthOptions> options)
{
    private readonly Lazy<ConfigurationManager<OpenIdConnectConfiguration>> channel = new(() => Create(httpClients, status, options.Value, options.Value.ChannelMetadataUrl));
    private readonly Lazy<ConfigurationManager<OpenIdConnectConfiguration>> emulator = new(() => Create(httpClients, status, options.Value, options.Value.EmulatorMetadataUrl));

    public ConfigurationManager<OpenIdConnectConfiguration> Channel => channel.Value;

    public ConfigurationManager<OpenIdConnectConfiguration> Emulator => emulator.Value;

    private static ConfigurationManager<OpenIdConnectConfiguration> Create(IHttpClientFactory httpClients, IdentityProviderStatus status, BotAuthOptions options, string url)
    {
        var http = httpClients.CreateClient(BotAuthOptions.MetadataHttpClientName);
        http.Timeout = options.MetadataTimeout;
        return new ConfigurationManager<OpenIdConnectConfiguration>(url, new OpenIdConnectConfigurationRetriever(), new MonitoredDocumentRetriever(new HttpDocumentRetriever(http), status))
        {
            AutomaticRefreshInterval = options.MetadataRefreshInterval,
        };
    }
}
