using System.Net;
using ChatBot.Bot.Protocol;

namespace ChatBot.Tests.Protocol;

public sealed class AuthenticationTests(AuthenticatedBotApplication app) : IClassFixture<AuthenticatedBotApplication>
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    private const string ChannelIssuer = "https://api.botframework.com";
    private const string EmulatorIssuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";

    private readonly HttpClient client = app.CreateClient();

    public enum BadToken
    {
        Missing, Garbage, Expired, WrongAudience, WrongIssuer, UnendorsedChannel, ServiceUrlMismatch, Forged, AlgNone,
        EmulatorOtherApp, EmulatorUnknownTenant,
    }

    private string ChannelToken(string? audience = AuthenticatedBotApplication.AppId, string issuer = ChannelIssuer,
        string serviceUrl = ServiceUrl, bool forged = false, DateTime? expires = null) =>
        app.Identity.CreateToken(issuer, audience, new Dictionary<string, object> { ["serviceurl"] = serviceUrl }, forged, expires);

    private string EmulatorToken(string appId = AuthenticatedBotApplication.AppId, string issuer = EmulatorIssuer) =>
        app.Identity.CreateToken(issuer, "api://" + appId, new Dictionary<string, object> { ["appid"] = appId, ["ver"] = "1.0" });

    private (Activity Activity, string? Token) Case(BadToken bad)
    {
        var activity = TestActivities.Message("hello", ServiceUrl, ChannelIds.MsTeams);
        var token = bad switch
        {
            BadToken.Missing => null,
            BadToken.Garbage => "not.a.jwt",
            BadToken.Expired => ChannelToken(expires: DateTime.UtcNow.AddMinutes(-10)),
            BadToken.WrongAudience => ChannelToken(audience: "some-other-bot"),
            BadToken.WrongIssuer => ChannelToken(issuer: "https://evil.example"),
            BadToken.UnendorsedChannel => ChannelToken(),
            BadToken.ServiceUrlMismatch => ChannelToken(serviceUrl: "https://evil.example/"),
            BadToken.Forged => ChannelToken(forged: true),
            BadToken.AlgNone => TestIdentityProvider.CreateUnsignedToken(new Dictionary<string, object>
            {
                ["iss"] = ChannelIssuer, ["aud"] = AuthenticatedBotApplication.AppId, ["serviceurl"] = ServiceUrl,
                ["exp"] = DateTimeOffset.UtcNow.AddMinutes(30).ToUnixTimeSeconds(),
            }),
            BadToken.EmulatorOtherApp => EmulatorToken(appId: "some-other-bot"),
            BadToken.EmulatorUnknownTenant => EmulatorToken(issuer: "https://sts.windows.net/00000000-0000-0000-0000-000000000000/"),
            _ => throw new ArgumentOutOfRangeException(nameof(bad)),
        };
        if (bad == BadToken.UnendorsedChannel)
        {
            activity.ChannelId = ChannelIds.Slack;
        }

        return (activity, token);
    }

    [Theory]
    [InlineData(BadToken.Missing)]
    [InlineData(BadToken.Garbage)]
    [InlineData(BadToken.Expired)]
    [InlineData(BadToken.WrongAudience)]
    [InlineData(BadToken.WrongIssuer)]
    [InlineData(BadToken.UnendorsedChannel)]
    [InlineData(BadToken.ServiceUrlMismatch)]
    [InlineData(BadToken.Forged)]
    [InlineData(BadToken.AlgNone)]
    [InlineData(BadToken.EmulatorOtherApp)]
    [InlineData(BadToken.EmulatorUnknownTenant)]
    public async Task Post_BadToken_Returns401AndRunsNoTurn(BadToken bad)
    {
        var (activity, token) = Case(bad);

        using var response = await client.PostAsync(activity.ExpectingReplies(), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(app.Connector.For(activity.Conversation!.Id!));
    }

    [Fact]
    public async Task Post_ValidChannelToken_RepliesWithBotToken()
    {
        var activity = TestActivities.Message("hello", ServiceUrl, ChannelIds.MsTeams);

        using var response = await client.PostAsync(activity, ChannelToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var posted = Assert.Single(await app.Connector.WaitForAsync(activity.Conversation!.Id!, 1));
        Assert.StartsWith(ServiceUrl + "v3/conversations/", posted.Url, StringComparison.Ordinal);
        Assert.Equal("Bearer bot-token", posted.Authorization);
        Assert.Equal("echo: hello", posted.Activity.Text);
    }

    [Fact]
    public async Task Post_ServiceUrlDifferingInCase_IsAccepted()
    {
        var activity = TestActivities.Message("hello", ServiceUrl, ChannelIds.MsTeams).ExpectingReplies();

        using var response = await client.PostAsync(activity, ChannelToken(serviceUrl: ServiceUrl.ToUpperInvariant()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(EmulatorIssuer)]
    [InlineData("https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0")]
    [InlineData("https://sts.windows.net/" + AuthenticatedBotApplication.TenantId + "/")]
    public async Task Post_ValidEmulatorToken_Answers(string issuer)
    {
        var activity = TestActivities.Message("hello", "http://localhost:5005/", ChannelIds.Emulator).ExpectingReplies();

        using var response = await client.PostAsync(activity, EmulatorToken(issuer: issuer));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("echo: hello", Assert.Single(await response.ReadRepliesAsync()).Text);
    }
}
