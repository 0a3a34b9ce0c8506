using ChatBot.Bot.Dialogs;
using ChatBot.Bot.Subscriptions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Tests.Subscriptions;

public sealed class SqliteSubscriptionStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2025, 3, 14, 9, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chatbot-substore-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task PendingAsync_NobodySubscribed_FindsNothingAndCreatesNoFile()
    {
        using var store = CreateSut();

        var pending = await store.PendingAsync(7, CancellationToken.None);

        Assert.Empty(pending);
        Assert.False(File.Exists(store.DatabasePath));
    }

    [Fact]
    public async Task AddAsync_SameConversationFromANewServiceUrl_RefreshesEveryTopicsReference()
    {
        using var store = CreateSut();
        await store.AddAsync(Reference("https://smba.trafficmanager.net/amer/"), "peace-treaty", 2, Now, CancellationToken.None);

        var added = await store.AddAsync(Reference("https://smba.trafficmanager.net/emea/"), "border-delimitation", 3, Now, CancellationToken.None);

        Assert.True(added);
        var all = await store.ListAsync("msteams", "conv-1", CancellationToken.None);
        Assert.Equal(2, all.Count);
        Assert.All(all, s => Assert.Equal("https://smba.trafficmanager.net/emea/", s.Reference.ServiceUrl));
    }

    [Fact]
    public async Task PendingAsync_AfterRestart_FindsSubscriptionsBehindTheVersion()
    {
        using (var first = CreateSut())
        {
            await first.AddAsync(Reference("https://slack.botframework.com/"), "peace-treaty", 2, Now, CancellationToken.None);
            await first.AddAsync(Reference("https://slack.botframework.com/", "conv-2"), "peace-treaty", 5, Now, CancellationToken.None);
        }

        using var store = CreateSut();
        var pending = await store.PendingAsync(5, CancellationToken.None);

        var subscription = Assert.Single(pending);
        Assert.Equal("conv-1", subscription.Reference.ConversationId);
        Assert.Equal(2, subscription.LastNotifiedVersion);
        Assert.Equal(Now, subscription.SubscribedAt);
        Assert.True(subscription.Reference.IsGroup);
    }

    [Fact]
    public async Task MarkNotifiedAsync_NewerVersion_LeavesNothingPending()
    {
        using var store = CreateSut();
        await store.AddAsync(Reference("https://slack.botframework.com/"), "peace-treaty", 2, Now, CancellationToken.None);
        var subscription = Assert.Single(await store.PendingAsync(3, CancellationToken.None));

        await store.MarkNotifiedAsync(subscription, 3, CancellationToken.None);

        Assert.Empty(await store.PendingAsync(3, CancellationToken.None));
        Assert.Single(await store.PendingAsync(4, CancellationToken.None));
    }

    private static ConversationReference Reference(string serviceUrl, string conversation = "conv-1") => new(
        "msteams", serviceUrl, conversation, "Research", "channel", true, "tenant-1", "28:bot", "ChatBot", "29:ana", "Ana", "aad-ana", "en-GB", "act-1");

    private SqliteSubscriptionStore CreateSut() =>
        new(Options.Create(new SubscriptionOptions { SubscriptionsDatabasePath = Path.Combine(_folder, "nested", "subscriptions.db") }));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
