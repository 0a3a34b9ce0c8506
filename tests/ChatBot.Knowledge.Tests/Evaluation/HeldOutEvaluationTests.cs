using ChatBot.Knowledge.Tests.Support;
using Xunit.Abstractions;

namespace ChatBot.Knowledge.Tests.Evaluation;

/// <summary>
/// Questions written apart from the development set (other facts, paraphrases, aliases, typos, follow-ups, latest
/// status, out-of-scope and reader-comment bait), judged by the same strict rule, so tuning on dev can't hide a regression.
/// </summary>
public sealed class HeldOutEvaluationTests(KnowledgeFixture fixture, ITestOutputHelper output) : IClassFixture<KnowledgeFixture>
{
    private const int RequiredPasses = 63;

    [Fact]
    public void Ask_HeldOutQuestions_PassAtLeastFloor()
    {
        var (passed, total) = EvalRunner.Run(fixture, "heldout.jsonl", output);

        Assert.True(passed >= RequiredPasses, $"{passed}/{total} passed; at least {RequiredPasses} required");
    }
}
