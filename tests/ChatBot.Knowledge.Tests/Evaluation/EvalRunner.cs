using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Tests.Corpus;
using ChatBot.Knowledge.Tests.Support;
using Xunit.Abstractions;

namespace ChatBot.Knowledge.Tests.Evaluation;

/// <summary>Asks every question of an evaluation file through the real engine, turn by turn, and judges the last answer.</summary>
public static class EvalRunner
{
    /// <summary>Runs the file next to the test assembly and returns how many cases passed out of how many.</summary>
    public static (int Passed, int Total) Run(KnowledgeFixture fixture, string fileName, ITestOutputHelper output)
    {
        var cases = EvalCase.Load(Path.Combine(AppContext.BaseDirectory, "Evaluation", fileName));
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
            output.WriteLine($"{(ok ? "PASS" : "FAIL")} {test.Id} {test.Kind} {test.Turns[^1]} :: {why}");
        }

        output.WriteLine($"{passed}/{cases.Count} passed");
        return (passed, cases.Count);
    }
}
