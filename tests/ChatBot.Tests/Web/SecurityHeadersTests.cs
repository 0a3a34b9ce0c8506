using System.Net;

namespace ChatBot.Tests.Web;

public sealed class SecurityHeadersTests(ChatPageAppFactory app) : IClassFixture<ChatPageAppFactory>
{
    public static TheoryData<string> Pages => ["/", "/sources/" + SampleArticle.File, "/sources/no-such-file.txt"];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Get_Page_SendsSecurityHeaders(string path)
    {
        using var response = await app.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task GetFavicon_Always_ServesAnIcon()
    {
        using var response = await app.CreateClient().GetAsync(new Uri("/favicon.ico", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/x-icon", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, bytes[..4]);
    }
}
