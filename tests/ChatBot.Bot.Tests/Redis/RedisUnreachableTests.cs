using ChatBot.Bot.Feedback;
using ChatBot.Bot.Redis;
using ChatBot.Bot.State;
using ChatBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Tests.Redis;

/// <summary>With Redis stopped the stores fall back at once: state stays on this host, feedback reports a storage failure.</summary>
public sealed class RedisUnreachableTests : IDisposable
{
    private readonly RedisServer _server = new();
    private readonly RedisConnection _connection;

    public RedisUnreachableTests()
    {
        _connection = new RedisConnection(
            Options.Create(new RedisOptions { Configuration = _server.Configuration }),
            TimeProvider.System,
            NullLogger<RedisConnection>.Instance);
        _connection.WaitForConnection(TimeSpan.FromSeconds(10));
        _server.Stop();
    }

    [Fact]
    public void ConversationState_RedisDown_KeptInThisHost()
    {
        var sut = new RedisConversationStateStore(_connection, Options.Create(new ConversationStateOptions()), TimeProvider.System);

        sut.Update("emulator|c", s => s.WithAnswer(new AnswerRecord("a1", "q", "t", [], [])));

        Assert.Equal("a1", sut.Load("emulator|c").LastAnswer!.ActivityId);
        Assert.NotNull(_connection.Problem);
    }

    [Fact]
    public async Task Feedback_RedisDown_FailsAsAStorageFailure()
    {
        var sut = new RedisFeedbackStore(_connection);
        var entry = new FeedbackEntry(DateTimeOffset.UtcNow, "emulator", "c", "u", FeedbackReaction.Unanswered, null, "q", "a", null);

        var failure = await Record.ExceptionAsync(() => sut.RecordAsync(entry, CancellationToken.None));

        Assert.True(FeedbackBacklog.IsStorageFailure(failure!));
    }

    public void Dispose()
    {
        _connection.Dispose();
        _server.Dispose();
    }
}
