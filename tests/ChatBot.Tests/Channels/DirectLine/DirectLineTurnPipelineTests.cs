using System.Net;
using ChatBot.Bot.Turns;

namespace ChatBot.Tests.Channels.DirectLine;

/// <summary>Web chat turns run through the same turn pipeline as <c>/api/messages</c>.</summary>
public sealed class DirectLineTurnPipelineTests : IDisposable
{
    private readonly DirectLineAppFactory _app = new(new Dictionary<string, string?> { ["Bot:RateLimit:PerUserPerMinute"] = "2" });

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task PostActivity_OverTheRateLimit_SaysSlowDownWithoutRunningTheBot()
    {
        var client = new DirectLineTestClient(_app.CreateClient());
        await client.StartAsync();
        await client.PollAsync(1);

        for (var i = 1; i <= 3; i++)
        {
            using var posted = await client.PostMessageAsync("question " + i, "c" + i);
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        }

        var feed = await client.PollAsync(6);

        var replies = feed.Where(a => a.GetProperty("from").GetProperty("role").GetString() == "bot")
            .Select(a => a.GetProperty("text").GetString()).ToList();
        Assert.Equal(["You said: question 1", "You said: question 2", TurnMessages.SlowDown], replies);
        Assert.DoesNotContain(_app.Bot.Received, a => a.Text == "question 3");
    }
}
