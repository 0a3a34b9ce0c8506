using System.Net;
using ChatBot.Bot.Connector;
using ChatBot.Bot.Hosting;
using ChatBot.Bot.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace ChatBot.Bot.Tests.Connector;

/// <summary>A loopback listener that answers 307 must not get the bot to post its reply somewhere else.</summary>
public sealed class ConnectorRedirectTests : IAsyncLifetime
{
    private readonly List<string> elsewhere = [];
    private WebApplication? server;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        server = builder.Build();
        server.MapPost("/redirecting/v3/conversations/{id}/activities", (HttpContext context) =>
            Results.Redirect($"{context.Request.Scheme}://{context.Request.Host}/elsewhere", permanent: false, preserveMethod: true));
        server.MapPost("/elsewhere", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            lock (elsewhere) elsewhere.Add(body);
            return Results.Json(new { id = "stolen" });
        });
        await server.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (server is not null) await server.DisposeAsync();
    }

    [Fact]
    public async Task SendAsync_ServiceUrlRedirects_FailsWithoutPostingToTheTarget()
    {
        var tokens = Substitute.For<IBotTokenProvider>();
        tokens.GetTokenAsync(Arg.Any<CancellationToken>()).Returns("secret-token");
        var services = new ServiceCollection().AddSingleton(tokens).Configure<ConnectorOptions>(o => o.MaxRetries = 0);
        services.AddConnectorClient();
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IConnectorClient>();
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            ServiceUrl = server!.Urls.Single() + "/redirecting/",
            Conversation = new ConversationAccount { Id = "c1" },
            Text = "the whole reply",
        };

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.SendAsync(activity, CancellationToken.None));

        Assert.Equal(HttpStatusCode.TemporaryRedirect, error.StatusCode);
        Assert.Empty(elsewhere);
    }
}
