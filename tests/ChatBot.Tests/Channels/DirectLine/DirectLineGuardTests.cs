using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChatBot.Tests.Channels.DirectLine;

/// <summary>Who may start chats, and from which web pages.</summary>
public sealed class DirectLineGuardTests
{
    [Fact]
    public async Task GenerateToken_TooManyFromOneAddress_Returns429WhileOtherAddressesGoOn()
    {
        using var app = new DirectLineAppFactory(new Dictionary<string, string?> { ["DirectLine:StartsPerClientPerMinute"] = "3" });
        var http = app.CreateClient();
        app.RemoteAddress = IPAddress.Parse("192.0.2.10");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await http.PostAsync("/v3/directline/tokens/generate", null);
            statuses.Add(response.StatusCode);
        }

        using var started = await http.PostAsJsonAsync("/v3/directline/conversations", new { user = new { id = "u" } });
        var problem = await started.Content.ReadFromJsonAsync<JsonElement>();
        app.RemoteAddress = IPAddress.Parse("192.0.2.11");
        using var other = await http.PostAsync("/v3/directline/tokens/generate", null);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, started.StatusCode);
        Assert.Contains("wait a minute", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Preflight_FromOtherOrigin_IsNotAllowed()
    {
        using var app = new DirectLineAppFactory();

        using var response = await app.CreateClient().SendAsync(Preflight("https://evil.example"));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task GenerateToken_FromOtherOrigin_Returns403()
    {
        using var app = new DirectLineAppFactory();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate");
        request.Headers.Add("Origin", "https://evil.example");

        using var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("DirectLine:AllowedOrigins", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateToken_FromThePagesOwnOrigin_Succeeds()
    {
        using var app = new DirectLineAppFactory();
        var http = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate");
        request.Headers.Add("Origin", http.BaseAddress!.GetLeftPart(UriPartial.Authority));

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task GenerateToken_OwnPageServedOverHttpsThroughAProxy_Succeeds()
    {
        using var app = new DirectLineAppFactory();
        var http = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate");
        request.Headers.Add("Origin", "https://" + http.BaseAddress!.Authority);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task GenerateToken_OriginOnAnotherPortOfThisHost_Returns403()
    {
        using var app = new DirectLineAppFactory();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate");
        request.Headers.Add("Origin", "http://localhost:8081");

        using var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Preflight_FromConfiguredOrigin_AllowsDirectLineHeaders()
    {
        using var app = new DirectLineAppFactory(new Dictionary<string, string?> { ["DirectLine:AllowedOrigins:0"] = "https://intranet.example" });
        var http = app.CreateClient();

        using var preflight = await http.SendAsync(Preflight("https://intranet.example"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate");
        request.Headers.Add("Origin", "https://intranet.example");
        using var generated = await http.SendAsync(request);

        Assert.Equal("https://intranet.example", preflight.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var headers = string.Join(",", preflight.Headers.GetValues("Access-Control-Allow-Headers")).ToUpperInvariant();
        Assert.Contains("X-MS-BOT-AGENT", headers, StringComparison.Ordinal);
        Assert.Contains("AUTHORIZATION", headers, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");
        return request;
    }
}
