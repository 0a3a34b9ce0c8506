using ChatBot.Bot.Connector;
using ChatBot.Tests.Protocol;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Tests.Redis;

/// <summary>
/// One of several hosts behind one endpoint: the real bot over seeds and an index folder it shares with the others,
/// Redis for everything else, an in-memory Connector for its pushes, and the warnings it logged.
/// </summary>
public sealed class SharedHost(string seedsPath, string indexPath, string redis, string keyPrefix) : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-key";
    public const string AdminId = "admin-user";

    internal CapturingConnector Connector { get; } = new();

    internal WarningLog Warnings { get; } = new();

    /// <summary>A client for a host whose index is loaded.</summary>
    public Task<HttpClient> ReadyClientAsync() => this.CreateReadyClientAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var own = Path.Combine(Path.GetDirectoryName(indexPath)!, "host-" + Guid.NewGuid().ToString("N")[..8]);
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Knowledge:SeedsPath"] = seedsPath,
            ["Knowledge:IndexPath"] = indexPath,
            ["Redis:Configuration"] = redis,
            ["Redis:KeyPrefix"] = keyPrefix,
            ["Admin:ApiKey"] = ApiKey,
            ["Admin:UserIds:0"] = AdminId,
            ["Bot:RateLimit:PerUserPerMinute"] = "4",
            ["Bot:FeedbackLog:FlushInterval"] = "00:00:00.2",
            ["Bot:FeedbackDatabasePath"] = Path.Combine(own, "feedback.db"),
            ["Bot:SubscriptionsDatabasePath"] = Path.Combine(own, "subscriptions.db"),
            ["Bot:Connector:BaseDelay"] = "00:00:00.01",
            ["MicrosoftAppId"] = "",
        }));
        builder.ConfigureLogging(logging => logging.AddProvider(Warnings));
        builder.ConfigureTestServices(services =>
            services.AddHttpClient(ConnectorOptions.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Connector));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) Connector.Dispose();
    }
}
