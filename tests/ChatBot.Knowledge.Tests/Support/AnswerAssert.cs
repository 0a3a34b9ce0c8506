using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Answers.Composing;

namespace ChatBot.Knowledge.Tests.Support;

/// <summary>Assertions on what an asker would read in an answer.</summary>
public static class AnswerAssert
{
    /// <summary>
    /// The question is not answered: declined without passages, or shown the closest passage under a lead that says
    /// first that no passage answers it directly.
    /// </summary>
    public static void NotAnswered(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Kind == AnswerKind.Declined)
        {
            Assert.Empty(answer.Citations);
            return;
        }

        Assert.Equal(AnswerKind.Closest, answer.Kind);
        var prefix = answer.Lines[0].Prefix ?? "";
        Assert.True(
            prefix == ClosestPassageComposer.Framing || prefix.StartsWith("The sources don't mention", StringComparison.Ordinal),
            $"The lead should say the sources don't answer the question, but begins: {prefix}");
    }
}
