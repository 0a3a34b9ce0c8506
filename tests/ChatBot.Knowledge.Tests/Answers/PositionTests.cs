using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Tests.Support;

namespace ChatBot.Knowledge.Tests.Answers;

public sealed class PositionTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Fact]
    public void Ask_CountryPositionOnTopic_QuotesItsSideAndNamesTheSpeaker()
    {
        var answer = fixture.Ask("What is Azerbaijan's position on the EU monitoring mission?");

        Assert.Equal(AnswerKind.Position, answer.Kind);
        Assert.StartsWith("Ilham Aliyev (EVN Report, 20 December 2024)", answer.Lines[0].Prefix, StringComparison.Ordinal);
        Assert.Contains("surveillance tool", answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_WhatHasAPersonBeenSaying_KeepsOnlyThatPersonsStatementsNewestFirst()
    {
        var answer = fixture.Ask("What has Aliyev been saying?");

        Assert.True(answer.Lines.Count >= 2);
        Assert.All(answer.Lines, l => Assert.StartsWith("Ilham Aliyev (", l.Prefix, StringComparison.Ordinal));
        var published = answer.Lines.Select(l => answer.Citations[l.Citations[0] - 1].Published).ToList();
        Assert.Equal(published.OrderByDescending(d => d), published);
    }

    [Fact]
    public void Ask_WhatDidAPersonSayAboutSomething_LeadsWithTheStatementThatSaysItNotTheNewest()
    {
        var answer = fixture.Ask("what did the top US diplomat say about how close a peace deal is?");

        Assert.Equal(AnswerKind.Position, answer.Kind);
        Assert.Contains("within reach", answer.Lines[0].Quote, StringComparison.Ordinal);
        Assert.Contains("closest to the question first", answer.Notice, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_WhatDidAPersonSayAboutSomething_KeepsOnlyThatPersonsStatements()
    {
        var answer = fixture.Ask("What did Aliyev say about the constitution?");

        Assert.All(answer.Lines, l => Assert.StartsWith("Ilham Aliyev (", l.Prefix, StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_DemonymPosition_CountsThatSidesOfficials()
    {
        var answer = fixture.Ask("What is the Russian position on regional communications?");

        Assert.Equal(AnswerKind.Position, answer.Kind);
        Assert.Contains("Lavrov", answer.Lines[0].Prefix, StringComparison.Ordinal);
        Assert.All(answer.Lines, l => Assert.True(l.Prefix!.StartsWith("Sergey Lavrov", StringComparison.Ordinal) || l.Prefix.StartsWith("Russia ", StringComparison.Ordinal), l.Prefix));
    }

    [Fact]
    public void Ask_HowDoTwoSidesDiffer_ShowsTwoLabelledGroups()
    {
        var answer = fixture.Ask("How do Armenia and Azerbaijan differ on regional communications?");

        Assert.Equal(AnswerKind.Comparison, answer.Kind);
        var groups = answer.Lines.Select(l => l.Prefix!.Split(' ')[0]).ToList();
        Assert.Equal("Armenia", groups[0]);
        Assert.Contains("Azerbaijan", groups);
        var firstAzerbaijan = groups.IndexOf("Azerbaijan");
        Assert.All(groups.Take(firstAzerbaijan), g => Assert.Equal("Armenia", g));
        Assert.All(groups.Skip(firstAzerbaijan), g => Assert.Equal("Azerbaijan", g));
        Assert.Contains(answer.Lines, l => l.Quote.Contains("Zangezur Corridor", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_Comparison_LeavesOutSentencesThatSpeakForBothSides()
    {
        var answer = fixture.Ask("How do Armenia and Azerbaijan differ on the peace treaty?");

        Assert.DoesNotContain(answer.Lines, l => l.Quote.Contains("Both Yerevan and Baku", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhatAPersonSaidAfterAnEvent_QuotesTheirStatementsFromTheArticleAboutIt()
    {
        var answer = fixture.Ask("What did Bayramov say after the Washington talks?");

        Assert.Equal(AnswerKind.Position, answer.Kind);
        Assert.All(answer.Lines, l => Assert.StartsWith("Jeyhun Bayramov", l.Prefix, StringComparison.Ordinal));
        Assert.Contains(answer.Citations, c => c.Passage.Contains("one step forward", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhatDidAPersonSayTypedInLowerCase_ListsThatPersonsStatements()
    {
        var typed = fixture.Ask("what did bayramov say after the washington talks?");
        var capitalised = fixture.Ask("What did Bayramov say after the Washington talks?");

        Assert.Equal(AnswerKind.Position, typed.Kind);
        Assert.StartsWith("Jeyhun Bayramov", typed.Lines[0].Prefix, StringComparison.Ordinal);
        Assert.Equal(capitalised.Citations.Select(c => c.Passage), typed.Citations.Select(c => c.Passage));
    }

    [Fact]
    public void Ask_WhatAPersonSaidInOtherWords_QuotesTheStatementClosestInMeaning()
    {
        var answer = fixture.Ask("What did Blinken say about how close the two sides were to a deal?");

        Assert.Equal(AnswerKind.Position, answer.Kind);
        Assert.StartsWith("Antony Blinken (", answer.Lines[0].Prefix, StringComparison.Ordinal);
        Assert.Contains("within reach", answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_HowAPersonDescribedSomethingInAWordTheSourcesDontUse_QuotesWhatTheySaid()
    {
        var answer = fixture.Ask("How did Mirzoyan describe the mood of his talks with Bayramov?");

        Assert.Equal(AnswerKind.Position, answer.Kind);
        Assert.Contains("constructive atmosphere", answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What did Bayramov say about football?")]
    [InlineData("What did Pashinyan say about his salary?")]
    public void Ask_WhatAPersonSaidOnASubjectTheyNeverSpokeOf_IsNotAnswered(string question)
    {
        AnswerAssert.NotAnswered(fixture.Ask(question));
    }

    [Theory]
    [InlineData("What's Lavrov been saying about Armenia lately?", "Sergey Lavrov (")]
    [InlineData("What has Aliyev been saying most recently?", "Ilham Aliyev (")]
    public void Ask_WhatAPersonHasBeenSayingLately_ListsTheirStatementsNewestFirst(string question, string speaker)
    {
        var answer = fixture.Ask(question);

        Assert.Equal(AnswerKind.Position, answer.Kind);
        Assert.All(answer.Lines, l => Assert.StartsWith(speaker, l.Prefix, StringComparison.Ordinal));
        var published = answer.Lines.Select(l => answer.Citations[l.Citations[0] - 1].Published).ToList();
        Assert.Equal(published.OrderByDescending(d => d), published);
    }

    [Fact]
    public void Ask_HowAPersonSummedSomethingUp_ListsTheirStatementsOnIt()
    {
        var answer = fixture.Ask("So how did Bayramov sum up the US talks?");

        Assert.Equal(AnswerKind.Position, answer.Kind);
        Assert.All(answer.Lines, l => Assert.StartsWith("Jeyhun Bayramov (", l.Prefix, StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhatAPersonSaidAfterAnOccasionToldEarlier_QuotesWhatFollowsItsTelling()
    {
        var answer = fixture.Ask("what did erdogan say after he met pashinyan in new york?");

        Assert.Equal(AnswerKind.Position, answer.Kind);
        Assert.Contains("robust friendship", answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_SpeakerNamedByTheRoleTheSourcesDescribeThemBy_QuotesTheSentenceDescribingThem()
    {
        var answer = fixture.Ask("how did that yerevan-based analyst sum up the washington round?");

        Assert.StartsWith("Tigran Grigoryan (", answer.Lines[0].Prefix, StringComparison.Ordinal);
        Assert.Contains("setback", answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_SpeakerNamedByRole_ListsThatPersonsStatements()
    {
        var answer = fixture.Ask("What was Baku's top diplomat's spin on the DC talks?");

        Assert.Equal(AnswerKind.Position, answer.Kind);
        Assert.All(answer.Lines, l => Assert.StartsWith("Jeyhun Bayramov (", l.Prefix, StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_PositionQuestionNoStatementAnswers_IsNotAnsweredByASentenceWithoutTheParty()
    {
        var answer = fixture.Ask("How did Turkey respond to the Lachin checkpoint?");

        Assert.NotEqual(AnswerKind.Answered, answer.Kind);
    }
}
