using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Tests.Support;

namespace ChatBot.Knowledge.Tests.Answers;

/// <summary>When a question inherits the previous question's focus, and when it stands on its own.</summary>
public sealed class FollowUpTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Fact]
    public void Ask_SelfContainedQuestionAfterAnotherTopic_AnswersAsInAFreshConversation()
    {
        var first = fixture.Ask("What is Russia's position on regional communications?");
        var fresh = fixture.Ask("What happened after the Almaty talks?");

        var inConversation = fixture.Ask("What happened after the Almaty talks?", first.Focus);

        Assert.Equal(fresh.Kind, inConversation.Kind);
        Assert.Equal(fresh.Citations.Select(c => c.Passage), inConversation.Citations.Select(c => c.Passage));
    }

    [Fact]
    public void Ask_PronounFollowUp_UsesThePreviousQuestion()
    {
        var first = fixture.Ask("What are the two unresolved issues in the peace treaty draft?");

        var followUp = fixture.Ask("What did Pashinyan propose on them?", first.Focus);

        Assert.Contains("third-party forces", followUp.Citations[0].Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_PronounFollowUpWithANewPlace_QuotesTheArticleAboutThatPlace()
    {
        var first = fixture.Ask("Who is Jeyhun Bayramov?");

        var followUp = fixture.Ask("Who did he meet in Almaty?", first.Focus);

        Assert.Contains("Mirzoyan", followUp.Citations[0].Passage, StringComparison.Ordinal);
        Assert.Contains("Almaty", followUp.Citations[0].Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_PronounAfterAWhoAnswer_StandsForThePersonFound()
    {
        var first = fixture.Ask("Who did Mirzoyan meet on September 23?");

        var followUp = fixture.Ask("Which country is he from?", first.Focus);

        Assert.Equal("Timothy Musa Kabba", first.Focus?.Person);
        Assert.Contains("Sierra Leone", followUp.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_WhoQuestionNamingAPerson_HighlightsSomeoneElse()
    {
        var answer = fixture.Ask("Who did Mirzoyan meet on September 23?");

        var lead = answer.Lines[0];
        Assert.NotNull(lead.Highlight);
        Assert.Equal("Timothy Musa Kabba", lead.Highlight.Value.Of(lead.Quote));
    }

    [Fact]
    public void Ask_QuestionNamingOnePerson_RemembersThemForTheNextTurn()
    {
        var first = fixture.Ask("What did Aliyev demand from Armenia?");

        var followUp = fixture.Ask("Why did he demand it?", first.Focus);

        Assert.Equal("Ilham Aliyev", first.Focus?.Person);
        Assert.Equal("Ilham Aliyev", followUp.Focus?.Person);
    }

    [Fact]
    public void Ask_WhatAboutFollowUp_PrefersTheArticleOfThePreviousQuestion()
    {
        var first = fixture.Ask("What happened at the Almaty foreign ministers' talks in May 2024?");

        var followUp = fixture.Ask("What about the Tavush villages?", first.Focus);

        Assert.Contains("ceding four villages", followUp.Citations[0].Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_EllipsisFollowUp_KeepsThePreviousIntentSubject()
    {
        var first = fixture.Ask("Who hosted the talks in Almaty?");
        var bare = fixture.Ask("And when?");

        var followUp = fixture.Ask("And when?", first.Focus);

        Assert.Equal(AnswerKind.Declined, bare.Kind);
        Assert.NotEqual(AnswerKind.Declined, followUp.Kind);
    }

    [Fact]
    public void Ask_SelfContainedQuestion_DoesNotCarryThePreviousQuestionIntoItsFocus()
    {
        var first = fixture.Ask("What is Russia's position on regional communications?");

        var next = fixture.Ask("What happened after the Almaty talks?", first.Focus);

        Assert.DoesNotContain("Russia", next.Focus?.Question ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_ShortFollowUpAfterLongQuestion_AnswersItsOwnWords()
    {
        var first = fixture.Ask("Who is the Russian Foreign Ministry spokesperson mentioned in the Washington talks coverage?");

        var answer = fixture.Ask("Why did she say a Moscow meeting was important?", first.Focus);

        Assert.Contains("inquire", answer.Citations[0].Passage, StringComparison.Ordinal);
    }
}
