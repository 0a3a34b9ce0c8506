using ChatBot.Knowledge.Tests.Support;

namespace ChatBot.Knowledge.Tests.Answers;

/// <summary>An event asked with another verb or another name of the place ("retook Artsakh") finds the sentence.</summary>
public sealed class EventAliasTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Theory]
    [InlineData("When did Baku recapture Artsakh?")]
    [InlineData("when did azerbaijan retake nagorno-karabakh")]
    public void Ask_RecaptureUnderAnotherVerbOrAlias_CitesTheRecaptureSentence(string question)
    {
        var answer = fixture.Ask(question);

        Assert.NotEmpty(answer.Citations);
        Assert.Contains("re-captured", answer.Citations[0].Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_ShortQuestionWordTypoAndVerbTypo_AnswersTheAccusation()
    {
        var answer = fixture.Ask("wat did the russian minister acuse armenias leadership of");

        Assert.NotEmpty(answer.Citations);
        Assert.Contains("sabotaging", answer.Citations[0].Passage, StringComparison.Ordinal);
    }
}
