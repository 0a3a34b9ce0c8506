using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Tests.Support;

namespace ChatBot.Knowledge.Tests.Answers;

/// <summary>"Besides X, what else …": the answer is what the sources add, not X again.</summary>
public sealed class WhatElseTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Theory]
    [InlineData("apart from the villages themselves, what else went over to azerbaijan?")]
    [InlineData("Besides the villages, what else did Armenia hand over to Azerbaijan?")]
    [InlineData("besides the 4 villages what else got handed to azerbaijan in tavush")]
    public void Ask_WhatElseBesidesWhatASentenceTells_AnswersWithWhatTheSourcesAdd(string question)
    {
        var answer = fixture.Ask(question);

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("50 plots of farmland", answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_SameQuestionWithoutExclusion_AnswersWithTheVillages()
    {
        var answer = fixture.Ask("What did Armenia hand over to Azerbaijan?");

        Assert.Contains("villages", answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_WhoElseBesidesAPerson_AnswersWithTheSentenceFarCloserInMeaning()
    {
        var answer = fixture.Ask("besides blinken, who else did the two FMs meet in DC?");

        Assert.Contains("Sullivan", answer.Lines[0].Quote, StringComparison.Ordinal);
    }
}
