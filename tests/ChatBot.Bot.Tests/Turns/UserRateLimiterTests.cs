using ChatBot.Bot.Hosting;
using ChatBot.Bot.Protocol;
using ChatBot.Bot.Turns;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Tests.Turns;

public class UserRateLimiterTests
{
    private static UserRateLimiter CreateSut(int perMinute) => new(Options.Create(new RateLimitOptions { PerUserPerMinute = perMinute }));

    private static Activity From(string user, string channel = ChannelIds.MsTeams) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = channel,
        From = new ChannelAccount { Id = user },
        Conversation = new ConversationAccount { Id = "c1" },
    };

    [Fact]
    public void TryAcquire_OverTheLimit_Refuses()
    {
        using var sut = CreateSut(3);

        var results = Enumerable.Range(0, 4).Select(_ => sut.TryAcquire(From("u1"))).ToList();

        Assert.Equal([true, true, true, false], results);
    }

    [Fact]
    public void TryAcquire_OtherUserOrChannel_HasOwnBudget()
    {
        using var sut = CreateSut(1);
        sut.TryAcquire(From("u1"));

        Assert.True(sut.TryAcquire(From("u2")));
        Assert.True(sut.TryAcquire(From("u1", ChannelIds.Slack)));
        Assert.False(sut.TryAcquire(From("u1")));
    }

    [Fact]
    public void TryAcquire_Disabled_NeverRefuses()
    {
        using var sut = CreateSut(0);

        Assert.All(Enumerable.Range(0, 100), _ => Assert.True(sut.TryAcquire(From("u1"))));
    }
}
