using System.Buffers.Binary;
using System.Text.Json;

namespace ChatBot.Bot.Tests.Manifests;

public sealed class ManifestFileTests
{
    private static readonly string Root = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatBot.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("Repository root (ChatBot.sln) not found above the test output.");
    }

    private static JsonElement Load(params string[] path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine([Root, .. path])));
        return document.RootElement.Clone();
    }

    // Width, height and colour type from a PNG's IHDR chunk.
    private static (int Width, int Height, byte ColorType) PngHeader(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Root, "manifest", "teams", file));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], bytes[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)), bytes[25]);
    }

    [Fact]
    public void TeamsManifest_HasRequiredFieldsAndOneBot()
    {
        var manifest = Load("manifest", "teams", "manifest.json");

        Assert.Equal("1.25", manifest.GetProperty("manifestVersion").GetString());
        Assert.Equal("https://developer.microsoft.com/en-us/json-schemas/teams/v1.25/MicrosoftTeams.schema.json", manifest.GetProperty("$schema").GetString());
        Assert.True(Guid.TryParse(manifest.GetProperty("id").GetString(), out _));
        foreach (var field in new[] { "name", "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            Assert.StartsWith(field == "name" ? "" : "https://", manifest.GetProperty("developer").GetProperty(field).GetString(), StringComparison.Ordinal);
        }

        Assert.InRange(manifest.GetProperty("name").GetProperty("short").GetString()!.Length, 1, 30);
        Assert.InRange(manifest.GetProperty("description").GetProperty("short").GetString()!.Length, 1, 80);
        Assert.InRange(manifest.GetProperty("description").GetProperty("full").GetString()!.Length, 1, 4000);
        Assert.Matches("^#[0-9A-Fa-f]{6}$", manifest.GetProperty("accentColor").GetString());
        var bot = Assert.Single(manifest.GetProperty("bots").EnumerateArray());
        Assert.Equal("00000000-0000-0000-0000-000000000000", bot.GetProperty("botId").GetString());
        Assert.Equal(["personal", "team", "groupChat"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        var titles = bot.GetProperty("commandLists")[0].GetProperty("commands").EnumerateArray().Select(c => c.GetProperty("title").GetString()!).ToList();
        Assert.Contains("help", titles);
        Assert.Contains("sources", titles);
        Assert.Contains(titles, t => t.StartsWith("latest on", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.StartsWith("subscribe ", StringComparison.Ordinal));
        Assert.InRange(titles.Count, 1, 10);
        Assert.All(titles, t => Assert.InRange(t.Length, 1, 32));
    }

    [Fact]
    public void TeamsIcons_ColorIs192AndOutlineIs32Transparent()
    {
        var color = PngHeader("color.png");
        var outline = PngHeader("outline.png");

        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.Equal(6, outline.ColorType);
    }

    [Fact]
    public void SlackManifest_ConnectsThroughAzureBotService()
    {
        var manifest = Load("manifest", "slack", "manifest.json");

        var settings = manifest.GetProperty("settings");
        Assert.StartsWith("https://slack.botframework.com/api/Events/", settings.GetProperty("event_subscriptions").GetProperty("request_url").GetString(), StringComparison.Ordinal);
        var events = settings.GetProperty("event_subscriptions").GetProperty("bot_events").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Subset(events.ToHashSet(), new HashSet<string?> { "message.channels", "message.groups", "message.im", "message.mpim", "member_joined_channel" });
        Assert.Equal("https://slack.botframework.com/api/Actions", settings.GetProperty("interactivity").GetProperty("request_url").GetString());
        Assert.Contains("https://slack.botframework.com/", manifest.GetProperty("oauth_config").GetProperty("redirect_urls").EnumerateArray().Select(u => u.GetString()));
        Assert.Contains("chat:write", manifest.GetProperty("oauth_config").GetProperty("scopes").GetProperty("bot").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal("ChatBot", manifest.GetProperty("features").GetProperty("bot_user").GetProperty("display_name").GetString());
    }
}
