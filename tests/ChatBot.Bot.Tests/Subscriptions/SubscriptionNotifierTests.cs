using System.Net;
using System.Text.Json;
using ChatBot.Bot.Protocol;
using ChatBot.Bot.Tests.Dialogs;
using ChatBot.Knowledge.Answers;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace ChatBot.Bot.Tests.Subscriptions;

public sealed class SubscriptionNotifierTests
{
    [Fact]
    public async Task OnServingAsync_NewsOnTheTopic_SendsOneProactiveMessageFromTheBotToTheUser()
    {
        using var bot = new SubscriptionsScript();
        await bot.SayAsync("subscribe border delimitation");
        bot.Knowledge.WhatsNew("border-delimitation", 3, 4).Returns(SampleAnswers.Almaty());

        await bot.ReindexedAsync(4);

        var sent = (Activity)Assert.Single(bot.Connector.ReceivedCalls()).GetArguments()[0]!;
        Assert.Equal(ActivityTypes.Message, sent.Type);
        Assert.Equal("28:bot-app-id", sent.From?.Id);
        Assert.Equal("29:user-conv-1", sent.Recipient?.Id);
        Assert.Equal("conv-1", sent.Conversation?.Id);
        Assert.Equal(SubscriptionsScript.ServiceUrl, sent.ServiceUrl);
        Assert.Null(sent.ReplyToId);
        Assert.StartsWith("New on Border delimitation since the last update:", sent.Text, StringComparison.Ordinal);
        Assert.Contains("Murat Nurtleu", sent.Text, StringComparison.Ordinal);
        Assert.NotNull(sent.Entities);
        Assert.Equal(4, Assert.Single(await bot.Store.ListAsync("msteams", "conv-1", CancellationToken.None)).LastNotifiedVersion);
    }

    [Fact]
    public async Task OnServingAsync_TeamsTenantOnlyInChannelData_SendsItAsTheConversationTenant()
    {
        using var bot = new SubscriptionsScript();
        var subscribe = bot.Message("subscribe border delimitation");
        subscribe.Conversation!.TenantId = null;
        subscribe.ChannelData = JsonDocument.Parse("""{"tenant":{"id":"tenant-from-channel-data"}}""").RootElement.Clone();
        await bot.SendAsync(subscribe);
        bot.Knowledge.WhatsNew("border-delimitation", 3, 4).Returns(SampleAnswers.Almaty());

        await bot.ReindexedAsync(4);

        var sent = (Activity)Assert.Single(bot.Connector.ReceivedCalls()).GetArguments()[0]!;
        Assert.Equal("tenant-from-channel-data", sent.Conversation?.TenantId);
    }

    [Fact]
    public async Task OnServingAsync_NothingNewOnTheTopic_SendsNothingAndMarksTheVersionDone()
    {
        using var bot = new SubscriptionsScript();
        await bot.SayAsync("subscribe border delimitation");
        bot.Knowledge.WhatsNew(Arg.Any<string>(), Arg.Any<int>(), Arg.Any<int?>()).Returns((Answer?)null);

        await bot.ReindexedAsync(4);

        await bot.Connector.DidNotReceiveWithAnyArgs().SendAsync(default!, default);
        Assert.Equal(4, Assert.Single(await bot.Store.ListAsync("msteams", "conv-1", CancellationToken.None)).LastNotifiedVersion);
    }

    [Fact]
    public async Task OnServingAsync_SameVersionTwice_SendsOnce()
    {
        using var bot = new SubscriptionsScript();
        await bot.SayAsync("subscribe border delimitation");
        bot.Knowledge.WhatsNew("border-delimitation", 3, 4).Returns(SampleAnswers.Almaty());

        await bot.ReindexedAsync(4);
        await bot.ReindexedAsync(4);

        await bot.Connector.Received(1).SendAsync(Arg.Any<Activity>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task OnServingAsync_OneConversationFails_OthersStillGetTheirsAndItRetriesNextTime()
    {
        using var bot = new SubscriptionsScript();
        await bot.SayAsync("subscribe border delimitation", conversation: "conv-a");
        await bot.SayAsync("subscribe border delimitation", conversation: "conv-b");
        bot.Knowledge.WhatsNew("border-delimitation", 3, Arg.Any<int?>()).Returns(SampleAnswers.Almaty());
        bot.Connector.SendAsync(Arg.Is<Activity>(a => a.Conversation!.Id == "conv-a"), Arg.Any<CancellationToken>())
            .ThrowsAsync(new HttpRequestException("unavailable", null, HttpStatusCode.ServiceUnavailable));

        await bot.ReindexedAsync(4);

        await bot.Connector.Received(1).SendAsync(Arg.Is<Activity>(a => a.Conversation!.Id == "conv-b"), Arg.Any<CancellationToken>());
        Assert.Equal(3, Assert.Single(await bot.Store.ListAsync("msteams", "conv-a", CancellationToken.None)).LastNotifiedVersion);
        Assert.Equal(4, Assert.Single(await bot.Store.ListAsync("msteams", "conv-b", CancellationToken.None)).LastNotifiedVersion);

        bot.Connector.SendAsync(Arg.Any<Activity>(), Arg.Any<CancellationToken>()).Returns("posted-2");
        await bot.ReindexedAsync(5);

        await bot.Connector.Received(2).SendAsync(Arg.Is<Activity>(a => a.Conversation!.Id == "conv-a"), Arg.Any<CancellationToken>());
        Assert.Equal(5, Assert.Single(await bot.Store.ListAsync("msteams", "conv-a", CancellationToken.None)).LastNotifiedVersion);
    }

    [Fact]
    public async Task OnServingAsync_BotRemovedFromConversation_DropsTheSubscriptionAfterThreeRefusals()
    {
        using var bot = new SubscriptionsScript();
        await bot.SayAsync("subscribe border delimitation");
        bot.Knowledge.WhatsNew("border-delimitation", 3, Arg.Any<int?>()).Returns(SampleAnswers.Almaty());
        bot.Connector.SendAsync(Arg.Any<Activity>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new HttpRequestException("BotNotInConversationRoster", null, HttpStatusCode.Forbidden));

        await bot.ReindexedAsync(4);
        await bot.ReindexedAsync(5);
        Assert.Single(await bot.Store.ListAsync("msteams", "conv-1", CancellationToken.None));
        await bot.ReindexedAsync(6);

        Assert.Empty(await bot.Store.ListAsync("msteams", "conv-1", CancellationToken.None));
    }

    [Fact]
    public async Task OnServingAsync_IndexRebuiltFromScratch_PushesNothingThenCountsFromTheNewVersions()
    {
        using var bot = new SubscriptionsScript();
        await bot.SayAsync("subscribe border delimitation");
        bot.Knowledge.WhatsNew("border-delimitation", 1, 2).Returns(SampleAnswers.Almaty());

        bot.Knowledge.CurrentVersion.Returns(1);
        await bot.ReindexedAsync(1);
        await bot.Connector.DidNotReceiveWithAnyArgs().SendAsync(default!, default);
        bot.Knowledge.CurrentVersion.Returns(2);
        await bot.ReindexedAsync(2);

        await bot.Connector.Received(1).SendAsync(Arg.Any<Activity>(), Arg.Any<CancellationToken>());
        bot.Knowledge.DidNotReceive().WhatsNew("border-delimitation", 0, Arg.Any<int?>());
    }

    [Fact]
    public async Task OnServingAsync_OlderGenerationReportedAfterANewerOne_IsIgnoredAndNewsIsNotRepeated()
    {
        using var bot = new SubscriptionsScript();
        await bot.SayAsync("subscribe border delimitation");
        bot.Knowledge.WhatsNew("border-delimitation", Arg.Any<int>(), Arg.Any<int?>()).Returns(SampleAnswers.Almaty());
        bot.Knowledge.CurrentVersion.Returns(5);
        await bot.ReindexedAsync(5);

        // Version 4's listener call lost the race to version 5's: it must not pull the subscription back to 4.
        await bot.ReindexedAsync(4);
        bot.Knowledge.CurrentVersion.Returns(6);
        await bot.ReindexedAsync(6);

        Assert.Equal(6, Assert.Single(await bot.Store.ListAsync("msteams", "conv-1", CancellationToken.None)).LastNotifiedVersion);
        bot.Knowledge.DidNotReceive().WhatsNew("border-delimitation", 4, Arg.Any<int?>());
        await bot.Connector.Received(2).SendAsync(Arg.Any<Activity>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task OnServingAsync_LocalModeAndRemoteServiceUrl_PostsNothing()
    {
        using var bot = new SubscriptionsScript(appId: "");
        await bot.SayAsync("subscribe border delimitation");
        bot.Knowledge.WhatsNew("border-delimitation", 3, 4).Returns(SampleAnswers.Almaty());

        await bot.ReindexedAsync(4);

        await bot.Connector.DidNotReceiveWithAnyArgs().SendAsync(default!, default);
    }

    [Fact]
    public async Task OnServingAsync_LocalModeAndLoopbackServiceUrl_Posts()
    {
        using var bot = new SubscriptionsScript(appId: "");
        await bot.SayAsync("subscribe border delimitation", serviceUrl: "http://localhost:3978/");
        bot.Knowledge.WhatsNew("border-delimitation", 3, 4).Returns(SampleAnswers.Almaty());

        await bot.ReindexedAsync(4);

        await bot.Connector.Received(1).SendAsync(Arg.Is<Activity>(a => a.ServiceUrl == "http://localhost:3978/"), Arg.Any<CancellationToken>());
    }
}
