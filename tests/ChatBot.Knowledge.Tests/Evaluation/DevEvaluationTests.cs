using ChatBot.Knowledge.Tests.Support;
using Xunit.Abstractions;

namespace ChatBot.Knowledge.Tests.Evaluation;

/// <summary>The development questions through the real engine, judged by the evaluation's strict rule.</summary>
public sealed class DevEvaluationTests(KnowledgeFixture fixture, ITestOutputHelper output) : IClassFixture<KnowledgeFixture>
{
    private const int RequiredPasses = 30;

    [Fact]
    public void Ask_DevQuestions_PassAll30()
    {
        var (passed, total) = EvalRunner.Run(fixture, "dev.jsonl", output);

        Assert.True(passed >= RequiredPasses, $"{passed}/{total} passed; at least {RequiredPasses} required");
    }
}
