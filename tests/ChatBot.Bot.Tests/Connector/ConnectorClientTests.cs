using System.Net;
using System.Net.Http.Headers;
using ChatBot.Bot.Connector;
using ChatBot.Bot.Hosting;
using ChatBot.Bot.Protocol;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace ChatBot.Bot.Tests.Connector;

public class ConnectorClientTests
{
    private static (IConnectorClient Client, ServiceProvider Services) CreateSut(StubHandler stub, string? token = null)
    {
        var tokens = Substitute.For<IBotTokenProvider>();
        tokens.GetTokenAsync(Arg.Any<CancellationToken>()).Returns(token);
        var services = new ServiceCollection()
            .AddSingleton(tokens)
            .Configure<ConnectorOptions>(o => o.BaseDelay = TimeSpan.FromMilliseconds(10));
        services.AddHttpClient<IConnectorClient, ConnectorClient>(ConnectorOptions.HttpClientName)
            .AddConnectorResilience()
            .ConfigurePrimaryHttpMessageHandler(() => stub);
        var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<IConnectorClient>(), provider);
    }

    private static Activity Reply() => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = "https://smba.example/amer",
        Conversation = new ConversationAccount { Id = "a:1" },
        ReplyToId = "99",
        Text = "hello",
    };

    private static HttpResponseMessage Created(string id) =>
        new(HttpStatusCode.Created) { Content = new StringContent($$"""{"id":"{{id}}"}""") };

    [Fact]
    public async Task ReplyAsync_PostsActivityToReplyUrlWithToken()
    {
        var stub = new StubHandler(() => Created("r1"));
        var (client, services) = CreateSut(stub, token: "tok");
        using var _ = services;

        var id = await client.ReplyAsync(Reply(), CancellationToken.None);

        var (request, body, _) = Assert.Single(stub.Requests);
        Assert.Equal("r1", id);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://smba.example/amer/v3/conversations/a%3A1/activities/99", request.RequestUri!.AbsoluteUri);
        Assert.Equal(new AuthenticationHeaderValue("Bearer", "tok"), request.Headers.Authorization);
        Assert.Contains("\"text\":\"hello\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_NoToken_PostsToConversationWithoutAuthorization()
    {
        var stub = new StubHandler(() => Created("s1"));
        var (client, services) = CreateSut(stub);
        using var _ = services;

        await client.SendAsync(Reply(), CancellationToken.None);

        var (request, _, _) = Assert.Single(stub.Requests);
        Assert.Equal("https://smba.example/amer/v3/conversations/a%3A1/activities", request.RequestUri!.AbsoluteUri);
        Assert.Null(request.Headers.Authorization);
    }

    [Fact]
    public async Task SendAsync_Throttled_WaitsRetryAfterThenSucceeds()
    {
        var throttled = () =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
            response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(2));
            return response;
        };
        var stub = new StubHandler(throttled, () => Created("s2"));
        var (client, services) = CreateSut(stub);
        using var _ = services;

        var id = await client.SendAsync(Reply(), CancellationToken.None);

        Assert.Equal("s2", id);
        Assert.Equal(2, stub.Requests.Count);
        Assert.True(stub.Requests[1].At - stub.Requests[0].At >= TimeSpan.FromSeconds(1.9), "Retry-After was not honoured");
        Assert.Equal(stub.Requests[0].Body, stub.Requests[1].Body);
    }

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task SendAsync_TransientFailure_Retries(HttpStatusCode status)
    {
        var stub = new StubHandler(() => new HttpResponseMessage(status), () => Created("s3"));
        var (client, services) = CreateSut(stub);
        using var _ = services;

        Assert.Equal("s3", await client.SendAsync(Reply(), CancellationToken.None));
        Assert.Equal(2, stub.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_Forbidden_ThrowsWithoutRetry()
    {
        var stub = new StubHandler(() => new HttpResponseMessage(HttpStatusCode.Forbidden));
        var (client, services) = CreateSut(stub);
        using var _ = services;

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.SendAsync(Reply(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Single(stub.Requests);
    }
}
