using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Tests.Corpus;
using ChatBot.Knowledge.Tests.Support;
using Xunit.Abstractions;

namespace ChatBot.Knowledge.Tests.Evaluation;

/// <summary>The development questions through the real engine, judged by the evaluation's strict rule.</summary>
public sealed class DevEvaluationTests(KnowledgeFixture fixture, ITestOutputHelper output) : IClassFixture<KnowledgeFixture>
{
    private const int RequiredPasses = 27;

    [Fact]
    public void Ask_DevQuestions_PassAtLeast27Of30()
    {
        var cases = EvalCase.Load(Path.Combine(AppContext.BaseDirectory, "Evaluation", "dev.jsonl"));
        var seeds = Directory.GetFiles(SeedsFolder.Path, "*.txt").ToDictionary(p => Path.GetFileName(p), File.ReadAllText);
        var passed = 0;

        foreach (var test in cases)
        {
            ConversationFocus? focus = null;
            Answer answer = null!;
            foreach (var turn in test.Turns)
            {
                answer = fixture.Ask(turn, focus);
                focus = answer.Focus ?? focus;
            }

            var (ok, why) = EvalJudge.Judge(test, answer, seeds);
            passed += ok ? 1 : 0;
            output.WriteLine($"{(ok ? "PASS" : "FAIL")} {test.Id} {test.Turns[^1]} :: {why}");
        }

        Assert.True(passed >= RequiredPasses, $"{passed}/{cases.Count} passed; at least {RequiredPasses} required");
    }
}
