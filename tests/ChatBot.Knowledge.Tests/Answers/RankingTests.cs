using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Tests.Support;

namespace ChatBot.Knowledge.Tests.Answers;

/// <summary>Which sentence leads when several share the question's words.</summary>
public sealed class RankingTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Theory]
    [InlineData("What is Armenia's initiative for unblocking regional communications called?", "Crossroads of Peace")]
    [InlineData("Who hosted the talks between the foreign ministers in Almaty?", "Nurtleu")]
    [InlineData("Who is Armenia's ambassador in Paris?", "Tolmajyan")]
    [InlineData("Who is Azerbaijan's ambassador in Paris?", "Abdullayeva")]
    [InlineData("How many articles does the draft peace treaty have?", "17")]
    [InlineData("What present did Erdogan give to Pashinyan?", "A Fair World")]
    [InlineData("When did the border commissions' regulations come into force?", "November 1")]
    [InlineData("What did Yerevan and Baku put out after the talks in Arlington?", "identical statements")]
    [InlineData("why did yerevan skip cop29 in baku", "hostages")]
    public void Ask_SeveralSentencesShareTheWords_LeadsWithTheOneHoldingTheAnswerNextToThem(string question, string expected)
    {
        var answer = fixture.Ask(question);

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains(expected, answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_LandAmongWhatElseWentOver_IsAThingNotAMeasure()
    {
        var answer = fixture.Ask("besides the 4 villages what else did armenia have to hand over? buildings, land?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("plots of farmland", answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_WhichPersonDescribedByOccupation_LeadsWithTheSentenceNamingThem()
    {
        var answer = fixture.Ask("which azerbaijani opposition economist sounded hopeful after washington");

        Assert.Contains("Natig Jafarli", answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_WhatANamedPersonDid_LeadsWithTheSentenceWhereTheyDoIt()
    {
        var answer = fixture.Ask("what did mirzoyan suggest over the summer about the timing for signing the treaty");

        Assert.Contains("within a month", answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_ComparisonOnANamedCorridor_QuotesOnlyStatementsAboutIt()
    {
        var answer = fixture.Ask("How do Armenia and Azerbaijan differ on the Zangezur corridor?");

        Assert.Equal(AnswerKind.Comparison, answer.Kind);
        Assert.Contains(answer.Lines, l => l.Prefix!.StartsWith("Armenia", StringComparison.Ordinal));
        Assert.Contains(answer.Lines, l => l.Prefix!.StartsWith("Azerbaijan", StringComparison.Ordinal));
        Assert.All(answer.Citations, c => Assert.Contains("corridor", c.Passage, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Ask_SecondSentenceFarCloserInMeaningThanOneThatSetsTheScene_AnswersFromIt()
    {
        var answer = fixture.Ask("What did Erdogan give Pashinyan as a gift when they met in New York?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("A Fair World", answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_RoleHolderNamedOnlyByTheFirstSentence_KeepsItBeforeOneCloserInMeaning()
    {
        var answer = fixture.Ask("who's turkey's special envoy for the armenia normalization talks");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("Kilic", answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_SideWordTheSourcesNeverUse_MatchesTheWordsTheyUseForTheSide()
    {
        var answer = fixture.Ask("why did the Kremlin want its own three-way meeting after Washington?");

        Assert.Contains("Moscow", answer.Citations[0].Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_UnitAndPartInOtherWords_FindsTheSentenceWritingThemOut()
    {
        var answer = fixture.Ask("where's the 12km strech of border they delimted");

        Assert.Contains("Tavush-Gazakh", answer.Citations[0].Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_WhatIsTheCaseNow_FindsTheSentenceSayingWhatIsCurrently()
    {
        var answer = fixture.Ask("wat draft of the peace deal r they on now");

        Assert.Contains("11th draft", answer.Citations[0].Passage, StringComparison.Ordinal);
    }
}
