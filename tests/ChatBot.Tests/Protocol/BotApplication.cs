using ChatBot.Bot.Auth;
using ChatBot.Bot.Connector;
using ChatBot.Bot.Hosting;
using ChatBot.Bot.Turns;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace ChatBot.Tests.Protocol;

/// <summary>
/// The host with a fake turn handler, an in-memory Connector and identity provider, and the index in a
/// temporary folder. Without an app id it runs in local mode; with one it authenticates every call.
/// </summary>
public class BotApplication : WebApplicationFactory<Program>
{
    private readonly string indexPath = Path.Combine(Path.GetTempPath(), "chatbot-tests-" + Guid.NewGuid().ToString("N"));

    internal FakeTurnHandler Handler { get; } = new();

    internal CapturingConnector Connector { get; } = new();

    internal TestIdentityProvider Identity { get; } = new();

    /// <summary>Settings on top of appsettings.json.</summary>
    protected virtual Dictionary<string, string?> Settings => new()
    {
        ["Knowledge:IndexPath"] = indexPath,
        ["MicrosoftAppId"] = "",
        ["Bot:RateLimit:PerUserPerMinute"] = "3",
        ["Bot:Messaging:TypingDelay"] = "00:00:00.5",
        ["Bot:Connector:BaseDelay"] = "00:00:00.01",
        ["Bot:Auth:ChannelMetadataUrl"] = TestIdentityProvider.ChannelMetadataUrl,
        ["Bot:Auth:EmulatorMetadataUrl"] = TestIdentityProvider.EmulatorMetadataUrl,
    };

    /// <summary>Handler that serves OpenID metadata and keys.</summary>
    internal virtual HttpMessageHandler MetadataHandler => Identity;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(Settings));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ITurnHandler>(Handler);
            services.AddHttpClient(ConnectorOptions.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Connector);
            services.AddHttpClient(BotAuthOptions.MetadataHttpClientName).ConfigurePrimaryHttpMessageHandler(() => MetadataHandler);
            if (!string.IsNullOrEmpty(Settings["MicrosoftAppId"]))
            {
                var tokens = Substitute.For<IBotTokenProvider>();
                tokens.GetTokenAsync(Arg.Any<CancellationToken>()).Returns("bot-token");
                services.AddSingleton(tokens);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Connector.Dispose();
            Identity.Dispose();
            if (Directory.Exists(indexPath))
            {
                Directory.Delete(indexPath, recursive: true);
            }
        }
    }
}
