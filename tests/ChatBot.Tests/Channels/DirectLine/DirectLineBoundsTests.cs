using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChatBot.Tests.Channels.DirectLine;

public sealed class DirectLineBoundsTests
{
    [Fact]
    public async Task PostActivity_MoreThanFeedHolds_KeepsNewestOnly()
    {
        using var app = new DirectLineAppFactory(new Dictionary<string, string?> { ["DirectLine:MaxActivitiesPerConversation"] = "3" });
        var client = new DirectLineTestClient(app.CreateClient());
        await client.StartAsync();
        for (var i = 1; i <= 4; i++)
        {
            using var posted = await client.PostMessageAsync("q" + i, "c" + i);
            await client.PollUntilAsync(seen => seen.Any(a => a.GetProperty("text").GetString() == "You said: q" + i));
        }

        client.Watermark = null;
        var feed = await client.PollAsync(3);

        Assert.Equal(["You said: q3", "q4", "You said: q4"], feed.Select(a => a.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task StartConversation_StoreFullOfLiveChats_Refuses429AndKeepsThemAll()
    {
        using var app = new DirectLineAppFactory(new Dictionary<string, string?> { ["DirectLine:MaxConversations"] = "2" });
        var first = new DirectLineTestClient(app.CreateClient());
        var second = new DirectLineTestClient(app.CreateClient());
        await first.StartAsync("u1");
        await second.StartAsync("u2");

        using var refused = await app.CreateClient().PostAsJsonAsync("/v3/directline/conversations", new { user = new { id = "u3" } });
        using var generated = await app.CreateClient().PostAsync("/v3/directline/tokens/generate", null);
        using var firstPoll = await first.GetActivitiesAsync();
        using var secondPoll = await second.GetActivitiesAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("too many conversations", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, generated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, firstPoll.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondPoll.StatusCode);
    }

    [Fact]
    public async Task StartConversation_StoreFullWithAnExpiredChat_TakesItsPlace()
    {
        using var app = new DirectLineAppFactory(new Dictionary<string, string?> { ["DirectLine:MaxConversations"] = "1" });
        var stale = new DirectLineTestClient(app.CreateClient());
        await stale.StartAsync("u1");
        app.Clock.Advance(TimeSpan.FromMinutes(31));

        var fresh = new DirectLineTestClient(app.CreateClient());
        await fresh.StartAsync("u2");
        using var freshPoll = await fresh.GetActivitiesAsync();
        using var stalePoll = await stale.GetActivitiesAsync();

        Assert.Equal(HttpStatusCode.OK, freshPoll.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, stalePoll.StatusCode);
    }

    [Fact]
    public async Task PostActivity_LongerThanTheBotTakes_Returns400WithTheLimit()
    {
        using var app = new DirectLineAppFactory();
        var client = new DirectLineTestClient(app.CreateClient());
        await client.StartAsync();

        using var longest = await client.PostMessageAsync(new string('a', 2_000), "c1");
        using var tooLong = await client.PostMessageAsync(new string('a', 2_001), "c2");

        Assert.Equal(HttpStatusCode.OK, longest.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("2,000 characters", (await tooLong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
