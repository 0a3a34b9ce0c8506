using ChatBot.Bot.Feedback;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NSubstitute;

namespace ChatBot.Bot.Tests.Feedback;

public sealed class FeedbackBacklogTests
{
    private readonly IFeedbackStore _store = Substitute.For<IFeedbackStore>();
    private readonly List<int> _batches = [];

    public FeedbackBacklogTests() =>
        _store.RecordManyAsync(Arg.Do<IReadOnlyList<FeedbackEntry>>(b => _batches.Add(b.Count)), Arg.Any<CancellationToken>()).Returns(Task.CompletedTask);

    private FeedbackBacklog CreateSut(int capacity = 100, int batchSize = 10) => new(
        _store,
        Options.Create(new FeedbackLogOptions { QueueCapacity = capacity, BatchSize = batchSize, MaxRecordsPerKind = 5, MaxAge = TimeSpan.FromDays(1) }),
        TimeProvider.System,
        NullLogger<FeedbackBacklog>.Instance);

    private static FeedbackEntry Entry(int n) => new(DateTimeOffset.UtcNow, "emulator", "c", "u", FeedbackReaction.Unanswered, null, $"question {n}", "declined", null);

    [Fact]
    public async Task FlushAsync_QueuedRecords_WrittenInBatchesThenPruned()
    {
        var sut = CreateSut();
        for (var n = 0; n < 25; n++) Assert.True(sut.TryEnqueue(Entry(n)));

        var written = await sut.FlushAsync(CancellationToken.None);

        Assert.Equal(25, written);
        Assert.Equal([10, 10, 5], _batches);
        Assert.Equal(0, sut.Pending);
        await _store.Received(1).PruneAsync(5, Arg.Is<DateTimeOffset>(d => d < DateTimeOffset.UtcNow.AddHours(-23)), Arg.Any<CancellationToken>());
    }

    [Fact]
    public void TryEnqueue_QueueFull_RefusesWithoutWaiting()
    {
        var sut = CreateSut(capacity: 3);

        var accepted = Enumerable.Range(0, 5).Select(n => sut.TryEnqueue(Entry(n))).ToList();

        Assert.Equal([true, true, true, false, false], accepted);
    }

    [Fact]
    public async Task FlushAsync_StoreFails_DropsTheBatchAndKeepsGoing()
    {
        var sut = CreateSut();
        _store.RecordManyAsync(Arg.Any<IReadOnlyList<FeedbackEntry>>(), Arg.Any<CancellationToken>()).Returns(Task.FromException(new IOException("disk full")));
        sut.TryEnqueue(Entry(1));

        var written = await sut.FlushAsync(CancellationToken.None);

        Assert.Equal(0, written);
        Assert.Equal(0, sut.Pending);
    }
}
