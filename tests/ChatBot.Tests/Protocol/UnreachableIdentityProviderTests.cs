using System.Diagnostics;
using System.Net;
using ChatBot.Bot.Protocol;

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

    private sealed class Application : AuthenticatedBotApplication
    {
        private readonly SilentHandler silent = new();

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
        var activity = TestActivities.Message("hello", "https://smba.trafficmanager.net/amer/", Channels.MsTeams).ExpectingReplies();
        var token = app.Identity.CreateToken("https://api.botframework.com", AuthenticatedBotApplication.AppId,
            new Dictionary<string, object> { ["serviceurl"] = activity.ServiceUrl! });
        var clock = Stopwatch.StartNew();

        using var response = await client.PostAsync(activity, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal(0, app.Handler.Calls);
    }
}
