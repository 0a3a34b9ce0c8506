using ChatBot.Knowledge.Tests.Support;

namespace ChatBot.Knowledge.Tests.Answers;

/// <summary>Questions close to the sources' subject that they still don't answer, and near misses that they do.</summary>
public sealed class AnswerScopeTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Theory]
    [InlineData("What is the population of Armenia today?")]
    [InlineData("When was the Treaty of Moscow signed?")]
    [InlineData("What did Aliyev say about the peace treaty in 2027?")]
    [InlineData("In what year did Armenia close its border with Turkey?")]
    public void Ask_NearDomainQuestionTheSourcesDontAnswer_Declines(string question)
    {
        var answer = fixture.Ask(question);

        Assert.Empty(answer.Citations);
    }

    [Theory]
    [InlineData("When did Lavrov criticize Armenia?", "September")]
    public void Ask_AnswerHoldsTheAskedDateOrQuantity_StillAnswers(string question, string expected)
    {
        var answer = fixture.Ask(question);

        Assert.NotEmpty(answer.Citations);
        Assert.Contains(expected, answer.Lines[0].Quote, StringComparison.Ordinal);
    }
}
