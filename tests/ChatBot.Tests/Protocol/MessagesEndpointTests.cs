using System.Net;
using System.Text;
using ChatBot.Bot.Protocol;

namespace ChatBot.Tests.Protocol;

public sealed class MessagesEndpointTests(BotApplication app) : IClassFixture<BotApplication>
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task Post_ExpectReplies_ReturnsRepliesAndPostsNothing()
    {
        var inbound = TestActivities.Message("hello").ExpectingReplies();

        using var response = await client.PostAsync(inbound);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await response.ReadRepliesAsync());
        Assert.Equal("echo: hello", reply.Text);
        Assert.Equal(inbound.Id, reply.ReplyToId);
        Assert.Equal("28:bot", reply.From?.Id);
        Assert.Equal(inbound.From!.Id, reply.Recipient?.Id);
        Assert.Equal("en-US", reply.Locale);
        Assert.Null(reply.ChannelData);
        await Task.Delay(200);
        Assert.Empty(app.Connector.For(inbound.Conversation!.Id!));
    }

    [Fact]
    public async Task Post_LocalModeWithAnyToken_IsServed()
    {
        using var response = await client.PostAsync(TestActivities.Message("hello").ExpectingReplies(), token: "garbage");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await response.ReadRepliesAsync());
    }

    [Fact]
    public async Task Post_Message_Answers200AndRepliesThroughConnector()
    {
        var inbound = TestActivities.Message("hello");

        using var response = await client.PostAsync(inbound);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        var posted = Assert.Single(await app.Connector.WaitForAsync(inbound.Conversation!.Id!, 1));
        var conversation = Uri.EscapeDataString(inbound.Conversation.Id!);
        Assert.Equal($"http://localhost:3979/v3/conversations/{conversation}/activities/{inbound.Id}", posted.Url);
        Assert.Equal("echo: hello", posted.Activity.Text);
        Assert.Equal(inbound.Id, posted.Activity.ReplyToId);
        Assert.Null(posted.Authorization);
        Assert.DoesNotContain("clientActivityID", posted.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_MessageWithoutId_SendsToConversation()
    {
        var inbound = TestActivities.Message("hello", serviceUrl: "http://127.0.0.1:3979");
        inbound.Id = null;

        using var response = await client.PostAsync(inbound);

        var posted = Assert.Single(await app.Connector.WaitForAsync(inbound.Conversation!.Id!, 1));
        Assert.Equal($"http://127.0.0.1:3979/v3/conversations/{Uri.EscapeDataString(inbound.Conversation.Id!)}/activities", posted.Url);
    }

    [Fact]
    public async Task Post_LocalModeRemoteServiceUrl_PostsNothingButExpectRepliesAnswers()
    {
        var normal = TestActivities.Message("hello", serviceUrl: "https://smba.trafficmanager.net/amer/");
        var expecting = TestActivities.Message("hello", serviceUrl: "https://smba.trafficmanager.net/amer/").ExpectingReplies();

        using var first = await client.PostAsync(normal);
        using var second = await client.PostAsync(expecting);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Single(await second.ReadRepliesAsync());
        await Task.Delay(300);
        Assert.Empty(app.Connector.For(normal.Conversation!.Id!));
    }

    [Fact]
    public async Task Post_HandlerThrows_Answers200AndApologises()
    {
        var inbound = TestActivities.Message("boom");

        using var response = await client.PostAsync(inbound);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var posted = Assert.Single(await app.Connector.WaitForAsync(inbound.Conversation!.Id!, 1));
        Assert.StartsWith("Sorry, something went wrong on my side", posted.Activity.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("internal detail", posted.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ExpectRepliesHandlerThrows_ReturnsApology()
    {
        using var response = await client.PostAsync(TestActivities.Message("boom").ExpectingReplies());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Sorry, something went wrong", Assert.Single(await response.ReadRepliesAsync()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SameActivityTwice_DeliversOnce()
    {
        var inbound = TestActivities.Message("hello");

        using var first = await client.PostAsync(inbound);
        using var second = await client.PostAsync(inbound);
        using var third = await client.PostAsync(inbound.ExpectingReplies());

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Empty(await third.ReadRepliesAsync());
        await app.Connector.WaitForAsync(inbound.Conversation!.Id!, 1);
        await Task.Delay(300);
        Assert.Single(app.Connector.For(inbound.Conversation.Id!));
    }

    [Fact]
    public async Task Post_TooManyMessages_SaysSlowDown()
    {
        var first = TestActivities.Message("one").ExpectingReplies();
        var replies = new List<string?>();
        for (var i = 0; i < 4; i++)
        {
            var inbound = TestActivities.Message("again").ExpectingReplies();
            inbound.From = first.From;
            using var response = await client.PostAsync(inbound);
            replies.Add(Assert.Single(await response.ReadRepliesAsync()).Text);
        }

        Assert.Equal(["echo: again", "echo: again", "echo: again"], replies[..3]);
        Assert.Equal("You're sending messages faster than I can answer; please wait a moment.", replies[3]);
    }

    [Fact]
    public async Task Post_SlowAnswer_SendsTypingFirst()
    {
        var inbound = TestActivities.Message("slow");

        using var response = await client.PostAsync(inbound);

        var posted = await app.Connector.WaitForAsync(inbound.Conversation!.Id!, 2);
        Assert.Equal(ActivityTypes.Typing, posted[0].Activity.Type);
        Assert.Equal("echo: slow", posted[^1].Activity.Text);
    }

    [Fact]
    public async Task Post_SlowAnswerOnSlack_SendsNoTyping()
    {
        var inbound = TestActivities.Message("slow", channel: ChannelIds.Slack);

        using var response = await client.PostAsync(inbound);

        var posted = await app.Connector.WaitForAsync(inbound.Conversation!.Id!, 1);
        Assert.Equal("echo: slow", Assert.Single(posted).Activity.Text);
    }

    [Fact]
    public async Task Post_Invoke_ReturnsHandlersStatusAndBody()
    {
        var inbound = TestActivities.Message("");
        inbound.Type = ActivityTypes.Invoke;
        inbound.Name = "message/submitAction";

        using var response = await client.PostAsync(inbound);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"status":"ok"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_UnhandledInvoke_Returns501()
    {
        var inbound = TestActivities.Message("");
        inbound.Type = ActivityTypes.Invoke;
        inbound.Name = "test/unhandled";

        using var response = await client.PostAsync(inbound);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Theory]
    [InlineData(ActivityTypes.Typing)]
    [InlineData(ActivityTypes.EndOfConversation)]
    [InlineData("somethingNew")]
    public async Task Post_OtherActivityType_Answers200WithoutReply(string type)
    {
        var inbound = TestActivities.Message("hello");
        inbound.Type = type;

        using var response = await client.PostAsync(inbound);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(200);
        Assert.Empty(app.Connector.For(inbound.Conversation!.Id!));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("[{\"type\":\"message\",\"conversation\":{\"id\":\"c\"}}]")]
    [InlineData("{\"conversation\":{\"id\":\"c\"}}")]
    [InlineData("{\"type\":\"message\",\"text\":\"hi\"}")]
    [InlineData("")]
    public async Task Post_BadBody_Returns400Problem(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_BodyOverOneMegabyte_Returns413()
    {
        var inbound = TestActivities.Message(new string('x', 1024 * 1024));

        using var response = await client.PostAsync(inbound);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task OtherVerb_Returns405(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/api/messages");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
