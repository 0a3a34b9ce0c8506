using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Hosting;
using ChatBot.Knowledge.Indexing;
using ChatBot.Knowledge.Tests.Corpus;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;

namespace ChatBot.Knowledge.Tests.Hosting;

public sealed class AnswerWarmUpTests : IDisposable
{
    private readonly TempSeeds _seeds = new();

    public AnswerWarmUpTests() => _seeds.Write("gabala.txt", TestArticles.Gabala);

    [Fact]
    public async Task OnServing_AsksEveryExampleQuestionWithoutHoldingUpTheReindex()
    {
        var knowledge = Substitute.For<IKnowledgeBase>();
        knowledge.ExampleQuestions.Returns(["Who hosted the talks?", "What's the latest on the treaty?"]);
        var release = new ManualResetEventSlim();
        knowledge.Ask(Arg.Any<Question>()).Returns(_ =>
        {
            release.Wait(TimeSpan.FromSeconds(10));
            return null!;
        });
        var warmUp = new AnswerWarmUp(knowledge, NullLogger<AnswerWarmUp>.Instance);

        var waited = System.Diagnostics.Stopwatch.StartNew();
        var notified = warmUp.OnServingAsync(Built(), CancellationToken.None);

        // Each question is held for up to 10 s: returning well before that means nobody waited for them.
        Assert.True(notified.IsCompleted && waited.Elapsed < TimeSpan.FromSeconds(5));
        release.Set();
        await warmUp.Running.WaitAsync(TimeSpan.FromSeconds(10));
        knowledge.Received(1).Ask(Arg.Is<Question>(q => q.Text == "Who hosted the talks?"));
        knowledge.Received(1).Ask(Arg.Is<Question>(q => q.Text == "What's the latest on the treaty?"));
    }

    [Fact]
    public async Task OnServing_QuestionThrows_WarmUpEndsQuietly()
    {
        var knowledge = Substitute.For<IKnowledgeBase>();
        knowledge.ExampleQuestions.Returns(["Who hosted the talks?"]);
        knowledge.Ask(Arg.Any<Question>()).Returns(_ => throw new InvalidOperationException("broken"));
        var warmUp = new AnswerWarmUp(knowledge, NullLogger<AnswerWarmUp>.Instance);

        await warmUp.OnServingAsync(Built(), CancellationToken.None);

        await warmUp.Running.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(warmUp.Running.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task LoadingTheIndex_WarmsUpTheServingGeneration()
    {
        using var harness = new AdminHarness(_seeds.Path);
        var warmUp = harness.WarmUp;
        var before = warmUp.Running;

        await harness.Admin.EnsureLoadedAsync(CancellationToken.None);

        Assert.NotSame(before, warmUp.Running);
        await warmUp.Running.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(warmUp.Running.IsCompletedSuccessfully);
    }

    private static ReindexReport Built() => new(ReindexOutcome.Built, 1, TimeSpan.Zero, 1, 1, 1, [], [], [], [], [], null);

    public void Dispose() => _seeds.Dispose();
}
