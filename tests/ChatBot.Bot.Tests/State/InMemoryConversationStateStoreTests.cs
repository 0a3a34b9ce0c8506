using ChatBot.Bot.Dialogs;
using ChatBot.Bot.State;
using ChatBot.Bot.Tests.Dialogs;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Tests.State;

public sealed class InMemoryConversationStateStoreTests
{
    private readonly ManualClock _clock = new();

    private InMemoryConversationStateStore CreateSut(int capacity = 10_000) =>
        new(Options.Create(new ConversationStateOptions { ConversationCapacity = capacity, ConversationIdleTimeout = TimeSpan.FromHours(1) }), _clock);

    private static ConversationState Focused() => ConversationState.Empty with { Focus = SampleAnswers.AlmatyFocus };

    [Fact]
    public void Load_Unknown_ReturnsEmpty()
    {
        Assert.Same(ConversationState.Empty, CreateSut().Load("nobody"));
    }

    [Fact]
    public void Save_ThenLoad_ReturnsState()
    {
        var sut = CreateSut();

        sut.Save("a", Focused());

        Assert.Equal(SampleAnswers.AlmatyFocus, sut.Load("a").Focus);
        Assert.Null(sut.Load("b").Focus);
    }

    [Fact]
    public void Load_AfterIdleHour_Forgotten()
    {
        var sut = CreateSut();
        sut.Save("a", Focused());

        _clock.Advance(TimeSpan.FromMinutes(61));

        Assert.Null(sut.Load("a").Focus);
    }

    [Fact]
    public void Load_UsedWithinTheHour_ExpirySlides()
    {
        var sut = CreateSut();
        sut.Save("a", Focused());

        _clock.Advance(TimeSpan.FromMinutes(45));
        sut.Load("a");
        _clock.Advance(TimeSpan.FromMinutes(45));

        Assert.NotNull(sut.Load("a").Focus);
    }

    [Fact]
    public void Save_OverCapacity_DropsLeastRecentlyUsed()
    {
        var sut = CreateSut(capacity: 2);
        sut.Save("a", Focused());
        sut.Save("b", Focused());
        sut.Load("a");

        sut.Save("c", Focused());

        Assert.NotNull(sut.Load("a").Focus);
        Assert.Null(sut.Load("b").Focus);
        Assert.NotNull(sut.Load("c").Focus);
        Assert.Equal(2, sut.Count);
    }

    [Fact]
    public async Task Update_FromManyThreads_LosesNoChange()
    {
        var sut = CreateSut();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 250; i++)
            {
                sut.Update("a", s => ConversationState.Empty.WithAnswer(new AnswerRecord(null, "q", "a", [], [], (Count(s) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))));
            }
        })));

        Assert.Equal("2000", sut.Load("a").LastAnswer!.ReplyId);
    }

    [Fact]
    public void FindAnswer_ByReplyOrActivityId_ElseNewest()
    {
        var state = ConversationState.Empty
            .WithAnswer(new AnswerRecord("in-1", "first", "a1", [], [], "out-1"))
            .WithAnswer(new AnswerRecord("in-2", "second", "a2", [], []));

        Assert.Equal("first", state.FindAnswer("out-1")!.Question);
        Assert.Equal("first", state.FindAnswer("in-1")!.Question);
        Assert.Equal("second", state.FindAnswer("unknown")!.Question);
    }

    private static int Count(ConversationState s) =>
        s.LastAnswer?.ReplyId is { } id ? int.Parse(id, System.Globalization.CultureInfo.InvariantCulture) : 0;
}
