using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChatBot.Tests.Web;

public sealed class ChatPageEndpointsTests(ChatPageAppFactory app) : IClassFixture<ChatPageAppFactory>
{
    [Fact]
    public async Task GetRoot_Always_ServesChatPageWithWebChatBundle()
    {
        var http = app.CreateClient();

        var page = await http.GetStringAsync(new Uri("/", UriKind.Relative));
        using var bundle = await http.GetAsync(new Uri("/lib/webchat.js", UriKind.Relative));

        Assert.Contains("<script src=\"/lib/webchat.js\"></script>", page, StringComparison.Ordinal);
        Assert.Contains("id=\"webchat\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
    }

    [Fact]
    public async Task GetInfo_Always_ReturnsSourceRangeAndExamples()
    {
        var info = await app.CreateClient().GetFromJsonAsync<JsonElement>(new Uri("/api/info", UriKind.Relative));

        Assert.Equal(2, info.GetProperty("sourceCount").GetInt32());
        Assert.Equal("2023-02-01", info.GetProperty("oldest").GetString());
        Assert.Equal("2024-05-13", info.GetProperty("newest").GetString());
        Assert.Equal(FakeKnowledgeBase.Example, info.GetProperty("exampleQuestions")[0].GetString());
        Assert.False(string.IsNullOrEmpty(info.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task GetSource_KnownFile_ShowsMetadataAndNumberedParagraphs()
    {
        var html = await app.CreateClient().GetStringAsync(new Uri($"/sources/{SampleArticle.File}", UriKind.Relative));

        Assert.Contains($"<h1>{SampleArticle.Title}</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Example News", html, StringComparison.Ordinal);
        Assert.Contains("13 May 2024", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://news.example/almaty\"", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"p1\">", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"p3\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<p id=\"p4\"", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Next steps</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSource_TextWithMarkup_IsEscaped()
    {
        var html = await app.CreateClient().GetStringAsync(new Uri($"/sources/{SampleArticle.File}", UriKind.Relative));

        Assert.Contains("the &lt;draft&gt; peace treaty &amp; border", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<draft>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSource_CharacterRange_MarksPassageInItsParagraph()
    {
        var url = $"/sources/{SampleArticle.File}?start={SampleArticle.CitedStart}&length={SampleArticle.CitedPassage.Length}";

        var html = await app.CreateClient().GetStringAsync(new Uri(url, UriKind.Relative));

        Assert.Contains($"<mark>{WebUtility.HtmlEncode(SampleArticle.CitedPassage)}</mark>", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"p2\" class=\"cited\">", html, StringComparison.Ordinal);
        Assert.Single(html.Split("<mark>"), s => s.Contains("</mark>", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/sources/unknown.txt")]
    [InlineData("/sources/..%2F..%2Fappsettings.json")]
    [InlineData("/sources/%2Fetc%2Fpasswd")]
    [InlineData("/sources/.hidden")]
    public async Task GetSource_UnknownOrUnsafeName_Returns404Page(string url)
    {
        using var response = await app.CreateClient().GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Source not found", html, StringComparison.Ordinal);
        Assert.DoesNotContain("MicrosoftAppId", html, StringComparison.Ordinal);
    }
}
