using ChatBot.Knowledge.Answers;
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
    [InlineData("what's the gauge of the railway line armenia proposed to azerbaijan in december?")]
    [InlineData("What was the cost of the railway Armenia proposed in December?")]
    [InlineData("What was the vote count when Armenia's parliament ratified the border regulations?")]
    [InlineData("what time did the almaty talks finish on saturday?")]
    [InlineData("what did jake sullivan tell the ministers?")]
    [InlineData("what are the names of the four villages aliyev says armenia occupies?")]
    public void Ask_NearDomainQuestionTheSourcesDontAnswer_DoesNotAnswer(string question)
    {
        var answer = fixture.Ask(question);

        AnswerAssert.NotAnswered(answer);
    }

    [Theory]
    [InlineData("When did Lavrov criticize Armenia?", "September")]
    public void Ask_AnswerHoldsTheAskedDateOrQuantity_StillAnswers(string question, string expected)
    {
        var answer = fixture.Ask(question);

        Assert.NotEmpty(answer.Citations);
        Assert.Contains(expected, answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What did Scholz tell Aliyev and Pashinyan at their June 1 meeting?")]
    [InlineData("What was decided when Pashinyan and Aliyev met Charles Michel on May 14?")]
    public void Ask_WhatHappenedWhenTheSourcesOnlyForetellIt_DoesNotAnswer(string question)
    {
        var answer = fixture.Ask(question);

        AnswerAssert.NotAnswered(answer);
    }

    [Fact]
    public void Ask_WhatWasPlannedWhenTheSourcesForetellIt_StillAnswers()
    {
        var answer = fixture.Ask("Where was the upcoming European Political Community Summit going to take place?");

        Assert.NotEmpty(answer.Citations);
        Assert.Contains("Moldova", answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_WhatSomeoneAnnouncedAboutAPlan_QuotesTheAnnouncement()
    {
        var answer = fixture.Ask("What did Maria Zakharova announce?");

        Assert.NotEmpty(answer.Citations);
        Assert.Contains("announced that Moscow planned", answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_HowManyOfAThingTheSourcesRank_AnswersWithTheRank()
    {
        var answer = fixture.Ask("How many drafts of the peace treaty have there been so far?");

        Assert.NotEmpty(answer.Citations);
        Assert.Contains("11th draft", answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_HowManyOfAThingTheSourcesOnlyRankSomethingElse_IgnoresTheRank()
    {
        var answer = fixture.Ask("How many articles does the draft peace treaty have?");

        Assert.DoesNotContain("11th draft", answer.Lines.Count == 0 ? "" : answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Who is the chair of Azerbaijan's border commission?")]
    [InlineData("Which official heads the Azerbaijani border commission?")]
    public void Ask_AboutOneSideWhenTheSourcesOnlySayItOfTheOther_DoesNotAnswer(string question)
    {
        var answer = fixture.Ask(question);

        AnswerAssert.NotAnswered(answer);
    }

    [Fact]
    public void Ask_AboutTheSideTheSourcesNameForIt_StillAnswers()
    {
        var answer = fixture.Ask("Who is the chair of Armenia's border commission?");

        Assert.NotEmpty(answer.Citations);
        Assert.Contains("Grigoryan", answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_AboutTwoSidesWhenTheSentenceNamesOne_StillAnswers()
    {
        var answer = fixture.Ask("What did the Turkish and Armenian envoys agree to do at their July meeting?");

        Assert.NotEmpty(answer.Citations);
        Assert.Contains("Gyumri-Kars", answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What is the total length of the Armenia-Azerbaijan border in km?")]
    [InlineData("How many Russian peacekeepers were deployed in Nagorno-Karabakh?")]
    public void Ask_ForACountTheSentenceGivesOfSomethingElse_DoesNotAnswer(string question)
    {
        var answer = fixture.Ask(question);

        AnswerAssert.NotAnswered(answer);
    }

    [Fact]
    public void Ask_WhatSomeoneSaidWhenTheSentenceQuotesAnotherSpeaker_DoesNotAnswer()
    {
        var answer = fixture.Ask("What did Ian Borg say about the peace negotiations?");

        AnswerAssert.NotAnswered(answer);
    }

    [Fact]
    public void Ask_WhatCameOfAMeetingTheSourcesOnlyForetell_DoesNotAnswer()
    {
        var answer = fixture.Ask("What came out of the meeting with Charles Michel on May 14?");

        AnswerAssert.NotAnswered(answer);
    }

    [Fact]
    public void Ask_AboutAPlaceThePassageNeverNames_IsNotAnswered()
    {
        AnswerAssert.NotAnswered(fixture.Ask("Who's Azerbaijan's ambassador in Washington?"));
    }

    [Fact]
    public void Ask_AboutThePlaceThePassageNames_Answers()
    {
        var answer = fixture.Ask("Who's Azerbaijan's ambassador in Paris?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("Leyla Abdullayeva", answer.Lines[0].Quote, StringComparison.Ordinal);
    }
}
