using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChatBot.Tests.Channels.DirectLine;

public sealed class DirectLineConnectorTests : IDisposable
{
    private readonly DirectLineAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task ConnectorSend_ToServiceUrl_LandsInFeedAsBotMessage()
    {
        var http = _app.CreateClient();
        var client = new DirectLineTestClient(http);
        await client.StartAsync();
        var welcome = Assert.Single(await client.PollAsync(1));
        var serviceUrl = new Uri(welcome.GetProperty("serviceUrl").GetString()!);

        using var sent = await http.PostAsJsonAsync(
            new Uri(serviceUrl, $"v3/conversations/{client.ConversationId}/activities"),
            new { type = "message", text = "The index was rebuilt.", from = new { id = "someone" } });
        var feed = await client.PollAsync(1);

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var message = Assert.Single(feed);
        Assert.Equal("The index was rebuilt.", message.GetProperty("text").GetString());
        Assert.Equal("chatbot", message.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("bot", message.GetProperty("from").GetProperty("role").GetString());
        var id = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.Equal(id, message.GetProperty("id").GetString());
    }

    [Fact]
    public async Task ConnectorSend_UnknownConversation_Returns404()
    {
        using var sent = await _app.CreateClient().PostAsJsonAsync("/v3/directline/v3/conversations/nope/activities", new { type = "message", text = "x" });

        Assert.Equal(HttpStatusCode.NotFound, sent.StatusCode);
    }

    [Fact]
    public async Task ConnectorSend_FromOtherMachine_Returns403()
    {
        var http = _app.CreateClient();
        var client = new DirectLineTestClient(http);
        await client.StartAsync();
        _app.RemoteAddress = IPAddress.Parse("192.0.2.10");

        using var sent = await http.PostAsJsonAsync($"/v3/directline/v3/conversations/{client.ConversationId}/activities", new { type = "message", text = "I am the bot" });

        Assert.Equal(HttpStatusCode.Forbidden, sent.StatusCode);
    }
}
