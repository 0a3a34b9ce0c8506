using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace ChatBot.Tests.Conversation;

/// <summary>The whole bot (real engine over the repository's seeds and the real dialogs), index and feedback in a temp folder.</summary>
public sealed class RealBotApplication : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chatbot-real-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Knowledge:IndexPath"] = Path.Combine(_folder, "index"),
            ["Bot:FeedbackDatabasePath"] = Path.Combine(_folder, "feedback.db"),
            ["MicrosoftAppId"] = "",
        }));
    }

    /// <summary>A client for a host whose index is loaded.</summary>
    public Task<HttpClient> ReadyClientAsync() => this.CreateReadyClientAsync();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_folder))
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
