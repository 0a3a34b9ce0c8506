using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatBot.Bot.Turns;

namespace ChatBot.Tests.Channels.DirectLine;

public sealed class DirectLineConversationTests : IDisposable
{
    private readonly DirectLineAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task StartConversation_NoToken_Returns201WithTokenAndWelcome()
    {
        var client = new DirectLineTestClient(_app.CreateClient());

        var body = await client.StartAsync();
        var feed = await client.PollAsync(1);

        Assert.False(string.IsNullOrEmpty(client.Token));
        Assert.True(body.GetProperty("expires_in").GetInt32() > 0);
        Assert.StartsWith("ws://", body.GetProperty("streamUrl").GetString(), StringComparison.Ordinal);
        var welcome = Assert.Single(feed);
        Assert.Equal(ScriptedTurnHandler.Welcome, welcome.GetProperty("text").GetString());
        Assert.Equal("bot", welcome.GetProperty("from").GetProperty("role").GetString());
        var update = Assert.Single(_app.Bot.Received);
        Assert.Equal("conversationUpdate", update.Type);
        Assert.Equal(["chatbot", "web:user-1"], update.MembersAdded!.Select(m => m.Id));
    }

    [Fact]
    public async Task PostActivity_Message_FeedHasEchoThenReply()
    {
        var client = new DirectLineTestClient(_app.CreateClient());
        await client.StartAsync();
        await client.PollAsync(1);

        using var posted = await client.PostMessageAsync("Who hosted the talks?", "cid-42");
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var feed = await client.PollAsync(2);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal($"{client.ConversationId}|0000003", id);
        Assert.Equal(2, feed.Count);
        var echo = feed[0];
        Assert.Equal(id, echo.GetProperty("id").GetString());
        Assert.Equal("user", echo.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal("cid-42", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal("directline", echo.GetProperty("channelId").GetString());
        Assert.Equal("chatbot", echo.GetProperty("recipient").GetProperty("id").GetString());
        Assert.EndsWith("/v3/directline/", echo.GetProperty("serviceUrl").GetString(), StringComparison.Ordinal);
        var reply = feed[1];
        Assert.Equal("You said: Who hosted the talks?", reply.GetProperty("text").GetString());
        Assert.Equal(id, reply.GetProperty("replyToId").GetString());
        Assert.Equal($"{client.ConversationId}|0000004", reply.GetProperty("id").GetString());
        Assert.False(reply.TryGetProperty("channelData", out _));
        Assert.Equal("4", client.Watermark);
    }

    [Fact]
    public async Task PostActivity_BotGetsExpectReplies_TurnSeesUserText()
    {
        var client = new DirectLineTestClient(_app.CreateClient());
        await client.StartAsync();

        using var posted = await client.PostMessageAsync("hello");
        await client.PollAsync(3);

        var turn = _app.Bot.Received.Single(a => a.Type == "message");
        Assert.Equal("expectReplies", turn.DeliveryMode);
        Assert.Equal("hello", turn.Text);
        Assert.Equal(client.ConversationId, turn.Conversation!.Id);
    }

    [Fact]
    public async Task GetActivities_WatermarkAtEnd_ReturnsNothingNew()
    {
        var client = new DirectLineTestClient(_app.CreateClient());
        await client.StartAsync();
        await client.PollAsync(1);

        using var response = await client.GetActivitiesAsync();
        var set = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Empty(set.GetProperty("activities").EnumerateArray());
        Assert.Equal(client.Watermark, set.GetProperty("watermark").GetString());
    }

    [Fact]
    public async Task PostActivity_BotThrows_ApologyAndPollingGoesOn()
    {
        var client = new DirectLineTestClient(_app.CreateClient());
        await client.StartAsync();
        await client.PollAsync(1);

        using var failed = await client.PostMessageAsync("boom", "c1");
        var afterFailure = await client.PollAsync(2);
        using var next = await client.PostMessageAsync("still there?", "c2");
        var afterRecovery = await client.PollAsync(2);

        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        Assert.Equal(TurnMessages.Apology, afterFailure[1].GetProperty("text").GetString());
        Assert.Equal("You said: still there?", afterRecovery[1].GetProperty("text").GetString());
    }

    [Fact]
    public async Task GenerateToken_ThenStart_StartsThatConversation()
    {
        var http = _app.CreateClient();
        using var generated = await http.PostAsJsonAsync("/v3/directline/tokens/generate", new { user = new { id = "web-7", name = "Ann" } });
        var token = await generated.Content.ReadFromJsonAsync<JsonElement>();
        var client = new DirectLineTestClient(http) { Token = token.GetProperty("token").GetString()!, ConversationId = token.GetProperty("conversationId").GetString()! };

        using var request = client.Request(HttpMethod.Post, "/v3/directline/conversations");
        using var started = await http.SendAsync(request);
        var body = await started.Content.ReadFromJsonAsync<JsonElement>();
        await client.PollAsync(1);

        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal(token.GetProperty("conversationId").GetString(), body.GetProperty("conversationId").GetString());
        Assert.Equal("web:web-7", _app.Bot.Received.Single().MembersAdded![1].Id);
    }

    [Fact]
    public async Task PostActivity_NoType_Returns400()
    {
        var client = new DirectLineTestClient(_app.CreateClient());
        await client.StartAsync();
        using var request = client.Request(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities");
        request.Content = JsonContent.Create(new { text = "no type" });

        using var response = await _app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
