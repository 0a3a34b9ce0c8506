using ChatBot.Bot.Feedback;
using ChatBot.Bot.Redis;
using ChatBot.Bot.State;
using ChatBot.Bot.Subscriptions;
using ChatBot.Knowledge.Answers;
using ChatBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Tests.Redis;

/// <summary>The Redis stores against a real redis-server, each "host" with its own connection.</summary>
public sealed class RedisStoresTests(RedisServer server) : IClassFixture<RedisServer>, IDisposable
{
    private readonly string _prefix = "t" + Guid.NewGuid().ToString("N")[..8] + ":";
    private readonly List<RedisConnection> _connections = [];

    private static readonly ConversationReference Reference = new(
        "msteams", "https://smba.example/", "19:conv", null, "channel", true, "tenant", "28:bot", "ChatBot", "29:ana", "Ana", null, "en-US", "act-1");

    [Fact]
    public void ConversationState_SavedByOneHost_LoadedByAnother()
    {
        var first = new RedisConversationStateStore(Connect(), Options.Create(new ConversationStateOptions()), TimeProvider.System);
        var second = new RedisConversationStateStore(Connect(), Options.Create(new ConversationStateOptions()), TimeProvider.System);
        var focus = new ConversationFocus("What are the two unresolved issues?", ["unresolved", "issues"], ["Pashinyan"], "peace-treaty");

        first.Update("emulator|c1", s => (s with { Focus = focus }).WithAnswer(new AnswerRecord("a1", "q", "text", [], [])));
        var loaded = second.Load("emulator|c1");

        Assert.Equal(focus.Question, loaded.Focus!.Question);
        Assert.Equal(["Pashinyan"], loaded.Focus.Entities);
        Assert.Equal("a1", loaded.LastAnswer!.ActivityId);
    }

    [Fact]
    public void ConversationState_FocusWithLastAnswersPassage_LoadedByAnotherHostForTheFollowUp()
    {
        var first = new RedisConversationStateStore(Connect(), Options.Create(new ConversationStateOptions()), TimeProvider.System);
        var second = new RedisConversationStateStore(Connect(), Options.Create(new ConversationStateOptions()), TimeProvider.System);
        var focus = new ConversationFocus("Who did Mirzoyan meet on September 23?", ["meet"], ["Ararat Mirzoyan"], null)
        {
            Person = "Timothy Musa Kabba",
            Passage = new FocusPassage("004_1825ec11acb749a5.txt", 7, 1200, 260, new DateOnly(2024, 9, 23)),
            People = ["Ararat Mirzoyan", "Timothy Musa Kabba"],
        };

        first.Update("emulator|c3", s => s with { Focus = focus });
        var loaded = second.Load("emulator|c3").Focus!;

        Assert.Equal(focus.Passage, loaded.Passage);
        Assert.Equal(focus.People, loaded.People);
        Assert.Equal("Timothy Musa Kabba", loaded.Person);
    }

    [Fact]
    public async Task ConversationState_ConcurrentUpdatesFromTwoHosts_NoneIsLost()
    {
        var hosts = new[] { Connect(), Connect() }.Select(c => new RedisConversationStateStore(c, Options.Create(new ConversationStateOptions()), TimeProvider.System)).ToArray();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() =>
            hosts[i % 2].Update("emulator|c2", s => s.WithAnswer(new AnswerRecord("a" + i, "q", "t", [], []))))));

        Assert.Equal(4, hosts[0].Load("emulator|c2").RecentAnswers.Count);
    }

    [Fact]
    public async Task Subscriptions_MarkedNotifiedByOneHost_NotPendingForTheOther()
    {
        var first = new RedisSubscriptionStore(Connect());
        var second = new RedisSubscriptionStore(Connect());
        Assert.True(await first.AddAsync(Reference, "border-delimitation", 3, DateTimeOffset.UtcNow, CancellationToken.None));
        Assert.False(await second.AddAsync(Reference, "border-delimitation", 3, DateTimeOffset.UtcNow, CancellationToken.None));

        var pending = Assert.Single(await second.PendingAsync(4, CancellationToken.None));
        await second.MarkNotifiedAsync(pending, 4, CancellationToken.None);

        Assert.Empty(await first.PendingAsync(4, CancellationToken.None));
        Assert.Equal(1, await first.RecordFailureAsync(pending, CancellationToken.None));
        Assert.Equal(1, await first.RemoveAllAsync("msteams", "19:conv", CancellationToken.None));
        Assert.Empty(await second.ListAsync("msteams", "19:conv", CancellationToken.None));
    }

    [Fact]
    public async Task Feedback_RecordedByOneHost_ReadAndPrunedByAnother()
    {
        var first = new RedisFeedbackStore(Connect());
        var second = new RedisFeedbackStore(Connect());
        var start = new DateTimeOffset(2025, 3, 4, 10, 0, 0, TimeSpan.Zero);
        await first.RecordManyAsync([.. Enumerable.Range(0, 6).Select(m => Entry(FeedbackReaction.Unanswered, start.AddMinutes(m))), Entry(FeedbackReaction.Dislike, start.AddMinutes(5))], CancellationToken.None);

        var removed = await second.PruneAsync(3, start.AddMinutes(1), CancellationToken.None);

        Assert.Equal(3, removed);
        Assert.Equal([5, 4, 3], (await second.RecentAsync([FeedbackReaction.Unanswered], 10, CancellationToken.None)).Select(e => e.Timestamp.Minute));
        Assert.Single(await second.RecentAsync([FeedbackReaction.Dislike], 10, CancellationToken.None));
    }

    public void Dispose()
    {
        foreach (var connection in _connections) connection.Dispose();
    }

    private static FeedbackEntry Entry(FeedbackReaction reaction, DateTimeOffset at) => new(at, "msteams", "c", "u", reaction, null, "q " + at.Minute, "a", null);

    private RedisConnection Connect()
    {
        var connection = new RedisConnection(
            Options.Create(new RedisOptions { Configuration = server.Configuration, KeyPrefix = _prefix }),
            TimeProvider.System,
            NullLogger<RedisConnection>.Instance);
        connection.WaitForConnection(TimeSpan.FromSeconds(10));
        _connections.Add(connection);
        return connection;
    }
}
