using ChatBot.Bot.Dialogs;
using ChatBot.Bot.Feedback;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Tests.Feedback;

public sealed class SqliteFeedbackStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chatbot-feedback-" + Guid.NewGuid().ToString("N"));

    private SqliteFeedbackStore CreateSut() =>
        new(Options.Create(new FeedbackOptions { FeedbackDatabasePath = Path.Combine(_folder, "nested", "feedback.db") }));

    private static FeedbackEntry Entry(FeedbackReaction reaction, int minute, string? comment = null) => new(
        new DateTimeOffset(2025, 3, 4, 10, minute, 0, TimeSpan.Zero), "msteams", "conv", "29:user", reaction, comment,
        "Who hosted the talks?", "…hosted by **Murat Nurtleu** [1]", "[1] 001.txt#p3 Talks in Almaty");

    [Fact]
    public async Task RecordAsync_ThenRecent_RoundTripsEveryField()
    {
        using var sut = CreateSut();
        var entry = Entry(FeedbackReaction.Text, 5, "wrong source");

        await sut.RecordAsync(entry, CancellationToken.None);
        var read = await sut.RecentAsync([FeedbackReaction.Text], 10, CancellationToken.None);

        Assert.Equal(entry, Assert.Single(read));
        Assert.True(File.Exists(sut.DatabasePath));
    }

    [Fact]
    public async Task RecentAsync_FiltersByReactionNewestFirst()
    {
        using var sut = CreateSut();
        await sut.RecordAsync(Entry(FeedbackReaction.Dislike, 1), CancellationToken.None);
        await sut.RecordAsync(Entry(FeedbackReaction.Like, 2), CancellationToken.None);
        await sut.RecordAsync(Entry(FeedbackReaction.Unanswered, 3), CancellationToken.None);
        await sut.RecordAsync(Entry(FeedbackReaction.Text, 4, "missing date"), CancellationToken.None);

        var negative = await sut.RecentAsync([FeedbackReaction.Dislike, FeedbackReaction.Text], 10, CancellationToken.None);
        var newestOnly = await sut.RecentAsync([FeedbackReaction.Dislike, FeedbackReaction.Text], 1, CancellationToken.None);

        Assert.Equal([FeedbackReaction.Text, FeedbackReaction.Dislike], negative.Select(e => e.Reaction));
        Assert.Equal("missing date", Assert.Single(newestOnly).Comment);
    }

    [Fact]
    public async Task RecordManyAsync_Batch_StoresEveryRecord()
    {
        using var sut = CreateSut();

        await sut.RecordManyAsync([.. Enumerable.Range(0, 50).Select(m => Entry(FeedbackReaction.Unanswered, m))], CancellationToken.None);

        var read = await sut.RecentAsync([FeedbackReaction.Unanswered], 100, CancellationToken.None);
        Assert.Equal(50, read.Count);
        Assert.Equal(49, read[0].Timestamp.Minute);
    }

    [Fact]
    public async Task PruneAsync_CountLimit_KeepsTheNewestOfEachKind()
    {
        using var sut = CreateSut();
        await sut.RecordManyAsync([.. Enumerable.Range(0, 10).Select(m => Entry(FeedbackReaction.Unanswered, m)), Entry(FeedbackReaction.Dislike, 0)], CancellationToken.None);

        var removed = await sut.PruneAsync(3, DateTimeOffset.MinValue, CancellationToken.None);

        Assert.Equal(7, removed);
        Assert.Equal([9, 8, 7], (await sut.RecentAsync([FeedbackReaction.Unanswered], 100, CancellationToken.None)).Select(e => e.Timestamp.Minute));
        Assert.Single(await sut.RecentAsync([FeedbackReaction.Dislike], 100, CancellationToken.None));
    }

    [Fact]
    public async Task PruneAsync_AgeLimit_RemovesOlderRecords()
    {
        using var sut = CreateSut();
        await sut.RecordManyAsync([.. Enumerable.Range(0, 10).Select(m => Entry(FeedbackReaction.Unanswered, m))], CancellationToken.None);

        var removed = await sut.PruneAsync(0, new DateTimeOffset(2025, 3, 4, 10, 6, 0, TimeSpan.Zero), CancellationToken.None);

        Assert.Equal(6, removed);
        Assert.Equal(4, (await sut.RecentAsync([FeedbackReaction.Unanswered], 100, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task RecentAsync_BeforeAnyRecord_Empty()
    {
        using var sut = CreateSut();

        Assert.Empty(await sut.RecentAsync([FeedbackReaction.Unanswered], 10, CancellationToken.None));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
