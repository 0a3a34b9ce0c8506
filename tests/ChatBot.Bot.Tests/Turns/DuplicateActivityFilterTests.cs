using ChatBot.Bot.Hosting;
using ChatBot.Bot.Protocol;
using ChatBot.Bot.Turns;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Tests.Turns;

public class DuplicateActivityFilterTests
{
    private readonly ManualTimeProvider time = new();

    private DuplicateActivityFilter CreateSut() =>
        new(Options.Create(new MessagingOptions { DuplicateWindow = TimeSpan.FromMinutes(5) }), time);

    private static Activity Message(string id, string conversation = "c1", string channel = ChannelIds.MsTeams) =>
        new() { Type = ActivityTypes.Message, Id = id, ChannelId = channel, Conversation = new ConversationAccount { Id = conversation } };

    [Fact]
    public void TryRegister_SameActivityTwice_SecondIsDuplicate()
    {
        var sut = CreateSut();

        Assert.True(sut.TryRegister(Message("1")));
        time.Advance(TimeSpan.FromSeconds(15));
        Assert.False(sut.TryRegister(Message("1")));
    }

    [Fact]
    public void TryRegister_SameIdElsewhere_IsNotDuplicate()
    {
        var sut = CreateSut();
        sut.TryRegister(Message("1"));

        Assert.True(sut.TryRegister(Message("1", conversation: "c2")));
        Assert.True(sut.TryRegister(Message("1", channel: ChannelIds.Slack)));
        Assert.True(sut.TryRegister(Message("2")));
    }

    [Fact]
    public void TryRegister_AfterWindow_IsAcceptedAgain()
    {
        var sut = CreateSut();
        sut.TryRegister(Message("1"));

        time.Advance(TimeSpan.FromMinutes(6));

        Assert.True(sut.TryRegister(Message("1")));
    }

    [Fact]
    public void TryRegister_NoId_IsNeverDuplicate()
    {
        var sut = CreateSut();
        var activity = new Activity { Type = ActivityTypes.Message, Conversation = new ConversationAccount { Id = "c1" } };

        Assert.True(sut.TryRegister(activity));
        Assert.True(sut.TryRegister(activity));
    }
}
