using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Knowledge.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Admin;

/// <summary>
/// The whole bot over a temporary copy of the repository's seeds (so tests may add articles), with one admin user
/// (<see cref="AdminId"/>) and an API key; index and feedback live in the same temporary folder.
/// </summary>
public sealed class AdminBotApplication : WebApplicationFactory<Program>
{
    public const string AdminId = "29:admin";
    public const string AdminAadObjectId = "6f1c0c39-7a3e-4b5e-9a54-1d2e3f4a5b6c";
    public const string Key = "s3cret-admin-key";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chatbot-admin-" + Guid.NewGuid().ToString("N"));
    private readonly string _apiKey;

    public AdminBotApplication()
        : this(Key)
    {
    }

    public AdminBotApplication(string apiKey)
    {
        _apiKey = apiKey;
        RepositorySeeds.CopyTo(SeedsPath);
    }

    public string SeedsPath => Path.Combine(_folder, "seeds");

    public IKnowledgeAdmin KnowledgeAdmin => Services.GetRequiredService<IKnowledgeAdmin>();

    /// <summary>A client for a host whose index is loaded.</summary>
    public Task<HttpClient> ReadyClientAsync() => this.CreateReadyClientAsync();

    /// <summary>Sends a message with expectReplies and returns the message replies.</summary>
    public static async Task<List<JsonNode>> SayAsync(HttpClient client, JsonObject activity)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return [.. body!["activities"]!.AsArray().Select(a => a!).Where(a => a["type"]!.GetValue<string>() == "message")];
    }

    /// <summary>A message in a conversation of its own from <paramref name="userId"/>, replies expected in the response.</summary>
    public static JsonObject Message(string text, string userId, string channel = "emulator", string? aadObjectId = null) => new()
    {
        ["type"] = "message",
        ["id"] = "act-" + Guid.NewGuid().ToString("N")[..8],
        ["channelId"] = channel,
        ["serviceUrl"] = "http://127.0.0.1:9/",
        ["from"] = new JsonObject { ["id"] = userId, ["name"] = "User", ["aadObjectId"] = aadObjectId },
        ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "ChatBot" },
        ["conversation"] = new JsonObject { ["id"] = "conv-" + Guid.NewGuid().ToString("N") },
        ["text"] = text,
        ["deliveryMode"] = "expectReplies",
    };

    public static string Text(JsonNode reply) => reply["text"]!.GetValue<string>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Knowledge:SeedsPath"] = SeedsPath,
            ["Knowledge:IndexPath"] = Path.Combine(_folder, "index"),
            ["Bot:FeedbackDatabasePath"] = Path.Combine(_folder, "feedback.db"),
            ["MicrosoftAppId"] = "",
            ["Admin:UserIds:0"] = AdminId,
            ["Admin:UserIds:1"] = AdminAadObjectId,
            ["Admin:ApiKey"] = _apiKey,
        }));
    }

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
