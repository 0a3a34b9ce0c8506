using ChatBot.Bot.Protocol;
using NSubstitute;

namespace ChatBot.Bot.Tests.Subscriptions;

public sealed class SubscriptionCommandsTests
{
    [Fact]
    public async Task Subscribe_KnownTopic_ConfirmsAndStoresTheConversationReference()
    {
        using var bot = new SubscriptionsScript();

        var reply = await bot.SayAsync("subscribe border delimitation");

        Assert.StartsWith("Subscribed this conversation to the topic “Border delimitation”.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("after each reindex", reply.Text, StringComparison.OrdinalIgnoreCase);
        var stored = Assert.Single(await bot.Store.ListAsync("msteams", "conv-1", CancellationToken.None));
        Assert.Equal("border-delimitation", stored.TopicId);
        Assert.Equal(3, stored.SubscribedVersion);
        Assert.Equal(3, stored.LastNotifiedVersion);
        Assert.Equal(SubscriptionsScript.ServiceUrl, stored.Reference.ServiceUrl);
        Assert.Equal("29:user-conv-1", stored.Reference.UserId);
        Assert.Equal("28:bot-app-id", stored.Reference.BotId);
        Assert.Equal("tenant-1", stored.Reference.TenantId);
        Assert.Equal("en-GB", stored.Reference.Locale);
    }

    [Fact]
    public async Task Uninstall_RemovesTheConversationsSubscriptionsOnly()
    {
        using var bot = new SubscriptionsScript();
        await bot.SayAsync("subscribe border delimitation");
        await bot.SayAsync("subscribe peace treaty", conversation: "conv-2");
        var uninstall = bot.Message("", "conv-1");
        uninstall.Type = ActivityTypes.InstallationUpdate;
        uninstall.Action = "remove";

        await bot.SendAsync(uninstall);

        Assert.Empty(await bot.Store.ListAsync("msteams", "conv-1", CancellationToken.None));
        Assert.Single(await bot.Store.ListAsync("msteams", "conv-2", CancellationToken.None));
    }

    [Fact]
    public async Task BotRemovedFromConversation_RemovesItsSubscriptions_ButAUserLeavingDoesNot()
    {
        using var bot = new SubscriptionsScript();
        await bot.SayAsync("subscribe border delimitation");
        var userLeft = bot.Message("", "conv-1");
        userLeft.Type = ActivityTypes.ConversationUpdate;
        userLeft.MembersRemoved = [new ChannelAccount { Id = "29:someone" }];
        var botRemoved = bot.Message("", "conv-1");
        botRemoved.Type = ActivityTypes.ConversationUpdate;
        botRemoved.MembersRemoved = [new ChannelAccount { Id = "28:bot-app-id" }];

        await bot.SendAsync(userLeft);
        var afterUserLeft = await bot.Store.ListAsync("msteams", "conv-1", CancellationToken.None);
        await bot.SendAsync(botRemoved);

        Assert.Single(afterUserLeft);
        Assert.Empty(await bot.Store.ListAsync("msteams", "conv-1", CancellationToken.None));
    }

    [Fact]
    public async Task Subscribe_Twice_SaysAlreadySubscribedAndKeepsOne()
    {
        using var bot = new SubscriptionsScript();
        await bot.SayAsync("subscribe border delimitation");

        var reply = await bot.SayAsync("subscribe to delimitation");

        Assert.StartsWith("This conversation is already subscribed to Border delimitation.", reply.Text, StringComparison.Ordinal);
        Assert.Single(await bot.Store.ListAsync("msteams", "conv-1", CancellationToken.None));
    }

    [Fact]
    public async Task Subscribe_UnknownTopic_ListsTheKnownTopics()
    {
        using var bot = new SubscriptionsScript();

        var reply = await bot.SayAsync("subscribe football");

        Assert.Contains("I don't follow a topic called `football`", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Border delimitation, The peace treaty", reply.Text, StringComparison.Ordinal);
        Assert.Empty(await bot.Store.ListAsync("msteams", "conv-1", CancellationToken.None));
    }

    [Fact]
    public async Task Subscribe_WithoutTopic_AsksWhichOne()
    {
        using var bot = new SubscriptionsScript();

        var reply = await bot.SayAsync("subscribe");

        Assert.StartsWith("Which topic?", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_IndexNotLoaded_AsksToRetryAndStoresNothing()
    {
        using var bot = new SubscriptionsScript();
        bot.Knowledge.CurrentVersion.Returns(0);

        var reply = await bot.SayAsync("subscribe border delimitation");

        Assert.Contains("still loading", reply.Text, StringComparison.Ordinal);
        Assert.Empty(await bot.Store.ListAsync("msteams", "conv-1", CancellationToken.None));
    }

    [Fact]
    public async Task Unsubscribe_SubscribedTopic_RemovesOnlyThatOne()
    {
        using var bot = new SubscriptionsScript();
        await bot.SayAsync("subscribe border delimitation");
        await bot.SayAsync("subscribe peace treaty");

        var reply = await bot.SayAsync("unsubscribe from border delimitation");

        Assert.Equal("Unsubscribed this conversation from Border delimitation.", reply.Text);
        Assert.Equal("peace-treaty", Assert.Single(await bot.Store.ListAsync("msteams", "conv-1", CancellationToken.None)).TopicId);
    }

    [Fact]
    public async Task Unsubscribe_NotSubscribed_SaysSo()
    {
        using var bot = new SubscriptionsScript();

        var reply = await bot.SayAsync("unsubscribe peace treaty");

        Assert.Equal("This conversation isn't subscribed to The peace treaty.", reply.Text);
    }

    [Fact]
    public async Task UnsubscribeAll_RemovesEveryTopicOfThisConversationOnly()
    {
        using var bot = new SubscriptionsScript();
        await bot.SayAsync("subscribe border delimitation");
        await bot.SayAsync("subscribe peace treaty");
        await bot.SayAsync("subscribe peace treaty", conversation: "conv-2");

        var reply = await bot.SayAsync("unsubscribe all");

        Assert.Equal("Unsubscribed this conversation from all 2 topics.", reply.Text);
        Assert.Empty(await bot.Store.ListAsync("msteams", "conv-1", CancellationToken.None));
        Assert.Single(await bot.Store.ListAsync("msteams", "conv-2", CancellationToken.None));
    }

    [Fact]
    public async Task Subscriptions_SomeTopics_ListsThemByName()
    {
        using var bot = new SubscriptionsScript();
        await bot.SayAsync("subscribe border delimitation");
        await bot.SayAsync("subscribe peace treaty");

        var reply = await bot.SayAsync("subscriptions");

        Assert.StartsWith("This conversation is subscribed to:", reply.Text, StringComparison.Ordinal);
        Assert.Contains("- Border delimitation (since ", reply.Text, StringComparison.Ordinal);
        Assert.Contains("- The peace treaty (since ", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscriptions_None_SaysHowToSubscribe()
    {
        using var bot = new SubscriptionsScript();

        var reply = await bot.SayAsync("subscriptions");

        Assert.StartsWith("This conversation has no subscriptions.", reply.Text, StringComparison.Ordinal);
    }
}
