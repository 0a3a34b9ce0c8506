using System.Net;

namespace ChatBot.Tests.DirectLine;

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
    public async Task StartConversation_MoreThanStoreHolds_EvictsIdlest()
    {
        using var app = new DirectLineAppFactory(new Dictionary<string, string?> { ["DirectLine:MaxConversations"] = "2" });
        var first = new DirectLineTestClient(app.CreateClient());
        var second = new DirectLineTestClient(app.CreateClient());
        var third = new DirectLineTestClient(app.CreateClient());
        await first.StartAsync("u1");
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        await second.StartAsync("u2");
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        using (await first.GetActivitiesAsync())
        {
            app.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        await third.StartAsync("u3");
        using var evicted = await second.GetActivitiesAsync();
        using var kept = await first.GetActivitiesAsync();

        Assert.Equal(HttpStatusCode.NotFound, evicted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
    }

    [Fact]
    public async Task PostActivity_TextTooLong_Returns400()
    {
        using var app = new DirectLineAppFactory(new Dictionary<string, string?> { ["DirectLine:MaxTextLength"] = "10" });
        var client = new DirectLineTestClient(app.CreateClient());
        await client.StartAsync();

        using var response = await client.PostMessageAsync(new string('a', 11));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
