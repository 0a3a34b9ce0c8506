using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChatBot.Tests.Channels.DirectLine;

public sealed class DirectLineAccessTests : IDisposable
{
    private readonly DirectLineAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task GetActivities_TokenOfOtherConversation_Returns403()
    {
        var a = new DirectLineTestClient(_app.CreateClient());
        var b = new DirectLineTestClient(_app.CreateClient());
        await a.StartAsync("user-a");
        await b.StartAsync("user-b");

        using var read = await a.GetActivitiesAsync(conversationId: b.ConversationId);
        using var post = await a.PostMessageAsync("hi", conversationId: b.ConversationId);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Fact]
    public async Task PostActivity_ClaimsOtherUserId_BotSeesConversationsOwnUser()
    {
        var client = new DirectLineTestClient(_app.CreateClient());
        await client.StartAsync("../29:admin");
        using var request = client.Request(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities");
        request.Content = JsonContent.Create(new { type = "message", text = "reindex", from = new { id = "29:admin" } });

        using var response = await _app.CreateClient().SendAsync(request);
        var feed = await client.PollAsync(3);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = feed.Single(a => a.GetProperty("text").GetString() == "reindex");
        Assert.Equal("web:..29admin", echo.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("web:..29admin", _app.Bot.Received.Single(a => a.Type == "message").From!.Id);
    }

    [Fact]
    public async Task GetActivities_NoToken_Returns403()
    {
        var client = new DirectLineTestClient(_app.CreateClient());
        await client.StartAsync();
        client.Token = "";

        using var response = await client.GetActivitiesAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task GetActivities_UnknownConversation_Returns404()
    {
        var client = new DirectLineTestClient(_app.CreateClient());
        await client.StartAsync();

        using var response = await client.GetActivitiesAsync(conversationId: "no-such-conversation");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GetActivities_ExpiredToken_Returns403()
    {
        var client = new DirectLineTestClient(_app.CreateClient());
        await client.StartAsync();

        _app.Clock.Advance(TimeSpan.FromMinutes(31));
        using var response = await client.GetActivitiesAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task RefreshToken_BeforeExpiry_KeepsConversationReadable()
    {
        var http = _app.CreateClient();
        var client = new DirectLineTestClient(http);
        await client.StartAsync();

        _app.Clock.Advance(TimeSpan.FromMinutes(20));
        using var request = client.Request(HttpMethod.Post, "/v3/directline/tokens/refresh");
        using var refreshed = await http.SendAsync(request);
        var body = await refreshed.Content.ReadFromJsonAsync<JsonElement>();
        client.Token = body.GetProperty("token").GetString()!;
        _app.Clock.Advance(TimeSpan.FromMinutes(20));
        using var response = await client.GetActivitiesAsync();

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.Equal(client.ConversationId, body.GetProperty("conversationId").GetString());
        Assert.Equal(1800, body.GetProperty("expires_in").GetInt32());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task RefreshToken_Expired_Returns403()
    {
        var http = _app.CreateClient();
        var client = new DirectLineTestClient(http);
        await client.StartAsync();

        _app.Clock.Advance(TimeSpan.FromHours(1));
        using var request = client.Request(HttpMethod.Post, "/v3/directline/tokens/refresh");
        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
