using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Bot.Connector;
using ChatBot.Bot.Hosting;
using ChatBot.Tests.Protocol;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Subscriptions;

/// <summary>
/// The whole bot over a temp copy of the repository's seeds, with index and databases in the same temp folder and an
/// in-memory Connector that captures every proactive message.
/// </summary>
public sealed class SubscriptionsApplication : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chatbot-push-" + Guid.NewGuid().ToString("N"));

    public SubscriptionsApplication()
    {
        RepositorySeeds.CopyTo(SeedsPath);
    }

    public string SeedsPath => Path.Combine(_folder, "seeds");

    internal CapturingConnector Connector { get; } = new();

    /// <summary>Adds an article to the seeds folder with its catalog entry (publisher "Test Wire").</summary>
    public void AddArticle(string file, string text, string title, string published)
    {
        File.WriteAllText(Path.Combine(SeedsPath, file), text, new UTF8Encoding(false));
        var catalogPath = Path.Combine(SeedsPath, "catalog.json");
        var catalog = JsonNode.Parse(File.ReadAllText(catalogPath))!;
        catalog["sources"]!.AsArray().Add(new JsonObject
        {
            ["file"] = file,
            ["title"] = title,
            ["publisher"] = "Test Wire",
            ["published"] = published,
            ["url"] = null,
        });
        File.WriteAllText(catalogPath, catalog.ToJsonString(), new UTF8Encoding(false));
    }

    /// <summary>A client for a host whose index is loaded.</summary>
    public Task<HttpClient> ReadyClientAsync() => this.CreateReadyClientAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Knowledge:SeedsPath"] = SeedsPath,
            ["Knowledge:IndexPath"] = Path.Combine(_folder, "index"),
            ["Bot:FeedbackDatabasePath"] = Path.Combine(_folder, "feedback.db"),
            ["Bot:SubscriptionsDatabasePath"] = Path.Combine(_folder, "subscriptions.db"),
            ["Bot:Connector:BaseDelay"] = "00:00:00.01",
            ["MicrosoftAppId"] = "",
        }));
        builder.ConfigureTestServices(services =>
            services.AddHttpClient(ConnectorOptions.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Connector));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        Connector.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
