using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace ChatBot.Tests.Redis;

/// <summary>Talks to a host through POST /api/messages with expectReplies, as a channel would.</summary>
internal static class HostChat
{
    public static JsonObject Message(string conversation, string user, string text, string? id = null) => new()
    {
        ["type"] = "message",
        ["id"] = id ?? "act-" + Guid.NewGuid().ToString("N")[..12],
        ["channelId"] = "emulator",
        ["serviceUrl"] = "http://127.0.0.1:9/",
        ["from"] = new JsonObject { ["id"] = user, ["name"] = "Ana" },
        ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "ChatBot" },
        ["conversation"] = new JsonObject { ["id"] = conversation },
        ["deliveryMode"] = "expectReplies",
        ["text"] = text,
    };

    /// <summary>Posts <paramref name="activity"/> and returns the replies (200 expected).</summary>
    public static async Task<JsonArray> SendAsync(SharedHost host, JsonObject activity)
    {
        using var client = await host.ReadyClientAsync();
        using var response = await client.PostAsync(
            new Uri("/api/messages", UriKind.Relative),
            new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
    }

    /// <summary>Says <paramref name="text"/> and returns the text of the one message reply.</summary>
    public static async Task<string> SayAsync(SharedHost host, string conversation, string user, string text)
    {
        var replies = await SendAsync(host, Message(conversation, user, text));
        return Assert.Single(replies, a => a!["type"]!.GetValue<string>() == "message")!["text"]!.GetValue<string>();
    }

    /// <summary>Asks until <paramref name="done"/> holds or <paramref name="seconds"/> pass.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> ask, Func<T, bool> done, double seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var value = await ask();
            if (done(value) || DateTime.UtcNow > deadline) return value;
            await Task.Delay(200);
        }
    }
}
