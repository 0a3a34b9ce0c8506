using System.Diagnostics;
using System.Net;
using ChatBot.Bot.Protocol;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Tests.Protocol;

public sealed class UnreachableIdentityProviderTests
{
    /// <summary>An identity provider that never answers.</summary>
    private sealed class SilentHandler : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }

    /// <summary>An identity provider whose host refuses connections.</summary>
    private sealed class RefusingHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new HttpRequestException("Connection refused (login.test:443)", new System.Net.Sockets.SocketException(111));
    }

    private sealed class Application(HttpMessageHandler? handler = null) : AuthenticatedBotApplication
    {
        private readonly HttpMessageHandler silent = handler ?? new SilentHandler();

        protected override Dictionary<string, string?> Settings
        {
            get
            {
                var settings = base.Settings;
                settings["Bot:Auth:MetadataTimeout"] = "00:00:01";
                return settings;
            }
        }

        internal override HttpMessageHandler MetadataHandler => silent;

        public LogCollector Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            silent.Dispose();
        }
    }

    [Fact]
    public async Task Post_MetadataUnreachable_Returns401Quickly()
    {
        using var app = new Application();
        using var client = app.CreateClient();
        var activity = TestActivities.Message("hello", "https://smba.trafficmanager.net/amer/", ChannelIds.MsTeams).ExpectingReplies();
        var token = app.Identity.CreateToken("https://api.botframework.com", AuthenticatedBotApplication.AppId,
            new Dictionary<string, object> { ["serviceurl"] = activity.ServiceUrl! });
        var clock = Stopwatch.StartNew();

        using var response = await client.PostAsync(activity, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal(0, app.Handler.Calls);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Post_MetadataUnreachable_LogsOneWarningLineNotAStackPerRequest(bool refused)
    {
        using var app = new Application(refused ? new RefusingHandler() : null);
        using var client = app.CreateClient();
        var activity = TestActivities.Message("hello", "https://smba.trafficmanager.net/amer/", ChannelIds.MsTeams).ExpectingReplies();
        var token = app.Identity.CreateToken("https://api.botframework.com", AuthenticatedBotApplication.AppId,
            new Dictionary<string, object> { ["serviceurl"] = activity.ServiceUrl! });

        for (var i = 0; i < 3; i++)
        {
            using var response = await client.PostAsync(activity, token);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        var visible = app.Logs.Entries.Where(e => e.Level >= LogLevel.Information && !e.Category.StartsWith("Microsoft.Hosting", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(visible, e => e.Exception is not null || e.Message.Contains('\n', StringComparison.Ordinal));
        Assert.Single(visible, e => e.Level == LogLevel.Warning && e.Message.Contains("identity provider", StringComparison.Ordinal));
    }
}
