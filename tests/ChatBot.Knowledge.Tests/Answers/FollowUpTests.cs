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

    /// <summary>
    /// "That guy", "that official": the person the previous answer was about; "they": the people it named; "that
    /// deal": what it was about, not every deal the sources mention.
    /// </summary>
    [Theory]
    [InlineData("who did mirzoyan meet on sept 23 2024", "where was that guy from?", "Sierra Leone")]
    [InlineData("who did mirzoyan meet on sept 23 2024", "what country is this man from?", "Sierra Leone")]
    [InlineData("Who is the Secretary of Armenia's Security Council?", "What did that official say was not achieved in Washington?", "international mechanism")]
    [InlineData("did pashinyan and erdogan ever meet face to face this year?", "what did they discuss?", "the leaders discussed existing agreements")]
    [InlineData("did armenia and azerbaijan ever swap prisoners", "when was that deal", "December 2023")]
    public void Ask_FollowUpPointingBackAtThePreviousAnswer_QuotesWhatItPointsAt(string question, string followUp, string expected)
    {
        var first = fixture.Ask(question);

        var answer = fixture.Ask(followUp, first.Focus);

        Assert.Contains(expected, answer.Citations[0].Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_AfterThatAboutThePeopleOfTheLastAnswer_StepsToTheirNextMeeting()
    {
        // The envoys' fifth round was in late July; the leaders met in September, the envoys again in early November.
        var first = fixture.Ask("when did armenia's and turkey's special envoys hold their fifth round?");

        var answer = fixture.Ask("and when did they meet after that?", first.Focus);

        Assert.Equal(AnswerKind.Timeline, answer.Kind);
        Assert.Contains("Rubinyan and Kilic met again", answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_HowDidHeDescribeItAfterwards_QuotesTheirWordsInTheArticleTheConversationIsOn()
    {
        var first = fixture.Ask("how did the almaty round go");
        var second = fixture.Ask("who hosted?", first.Focus);

        var answer = fixture.Ask("how did mirzoyan describe it afterwards", second.Focus);

        Assert.Contains("constructive atmosphere", answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who's natig jafarli?", "where did he think a framework deal might come together?", "Moldova")]
    [InlineData("what did aliyev want in his jan 10 interview", "who'd he want overseeing it?", "Russian oversight")]
    public void Ask_FollowUpAskingSomethingNewOfThePerson_AnswersWithTheirOtherWordsNotTheLastAnswer(string question, string followUp, string expected)
    {
        var first = fixture.Ask(question);

        var answer = fixture.Ask(followUp, first.Focus);

        Assert.Contains(answer.Kind, new[] { AnswerKind.Answered, AnswerKind.Closest });
        Assert.Contains(expected, answer.Lines[0].Quote, StringComparison.Ordinal);
        Assert.NotEqual(first.Lines[0].Quote, answer.Lines[0].Quote);
    }

    [Fact]
    public void Ask_WhatDidHeSayAboutSomeoneTheSourcesNeverQuote_IsNotAnswered()
    {
        var first = fixture.Ask("who hosted the almaty fm talks");

        var answer = fixture.Ask("what did he say at the closing of that meeting", first.Focus);

        AnswerAssert.NotAnswered(answer);
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
    public void Ask_WhenAfterAnAnswerTellingOfAMeeting_DatesThatMeeting()
    {
        var first = fixture.Ask("What did Mirzoyan discuss with Sierra Leone's foreign minister?");

        var followUp = fixture.Ask("When did they meet?", first.Focus);

        Assert.Equal(AnswerKind.Answered, followUp.Kind);
        var lead = followUp.Lines[0];
        Assert.Equal("September 23", lead.Highlight?.Of(lead.Quote));
    }

    [Fact]
    public void Ask_FollowUpWhoseOwnWordsMatchAnotherSentence_AnswersFromThatSentenceOverTheLastPassage()
    {
        var first = fixture.Ask("Who are the special envoys in the Armenia-Turkey normalization track?");

        var followUp = fixture.Ask("What did they agree on at their July meeting?", first.Focus);

        Assert.Contains("Gyumri-Kars", followUp.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_HeDescribesAMeetingWithSomeoneNamed_QuotesTheSpeakerTheConversationIsAbout()
    {
        var first = fixture.Ask("who's ararat mirzoyan?");

        var followUp = fixture.Ask("how did he describe his meeting with bayramov afterwards?", first.Focus);

        Assert.Equal(AnswerKind.Position, followUp.Kind);
        Assert.StartsWith("Ararat Mirzoyan (", followUp.Lines[0].Prefix, StringComparison.Ordinal);
        Assert.Contains("constructive atmosphere", followUp.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_AndAnotherPersonTypedInLowerCase_AsksThePreviousQuestionAboutThem()
    {
        var first = fixture.Ask("how did bayramov sum up the talks in the US?");

        var followUp = fixture.Ask("and blinken?", first.Focus);

        Assert.Equal(AnswerKind.Position, followUp.Kind);
        Assert.StartsWith("Antony Blinken (", followUp.Lines[0].Prefix, StringComparison.Ordinal);
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

    [Fact]
    public void Ask_AnyAnswer_RemembersItsLeadPassageAndPeople()
    {
        var answer = fixture.Ask("Who did Mirzoyan meet on September 23?");

        var passage = answer.Focus?.Passage;
        Assert.NotNull(passage);
        Assert.Equal(answer.Citations[0].File, passage.File);
        Assert.Equal(answer.Citations[0].Start, passage.Start);
        Assert.Contains("Timothy Musa Kabba", answer.Focus!.People);
    }

    [Fact]
    public void Ask_OtherSideEllipsis_AsksThePreviousQuestionAboutThatSide()
    {
        var first = fixture.Ask("Who is Armenia's ambassador in Paris?");

        var followUp = fixture.Ask("And the Azeri one?", first.Focus);

        Assert.Contains("Tolmajyan", first.Citations[0].Passage, StringComparison.Ordinal);
        Assert.Contains("Abdullayeva", followUp.Citations[0].Passage, StringComparison.Ordinal);
        Assert.DoesNotContain("Armenia's", followUp.Focus?.Question ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_CounterpartFollowUp_FindsTheOtherSidesHolderOfTheRole()
    {
        var first = fixture.Ask("Who is Armenia's special envoy for the talks with Turkey?");

        var followUp = fixture.Ask("Ok, and his Turkish counterpart?", first.Focus);

        Assert.NotEqual(AnswerKind.Declined, followUp.Kind);
        Assert.Contains("Kilic", followUp.Citations[0].Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_PersonAndCounterpart_QuotesWhatTheTwoDidTogether()
    {
        var first = fixture.Ask("Who is Armenia's special envoy for the Turkey talks?");

        var followUp = fixture.Ask("What did he and his Turkish counterpart look at in November?", first.Focus);

        Assert.Contains("Akhuryan-Akyaka", followUp.Citations[0].Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_TheyAfterAMeeting_AnswersFromBesideTheLastAnswer()
    {
        var first = fixture.Ask("Who did Mirzoyan meet on September 23?");

        var followUp = fixture.Ask("What did they talk about?", first.Focus);

        Assert.Equal(first.Citations[0].File, followUp.Citations[0].File);
        Assert.DoesNotContain("Almaty", followUp.Citations[0].Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_SameThingInOtherWords_AnswersFromTheLastAnswersSentence()
    {
        var first = fixture.Ask("When did Yerevan and Baku ratify the border commission regulations?");

        var followUp = fixture.Ask("And when did they actually kick in?", first.Focus);

        Assert.NotEqual(AnswerKind.Declined, followUp.Kind);
        Assert.Contains("came into force on November 1", followUp.Citations[0].Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_PronounWithAParaphrasedQuestion_AnswersWhatThatPersonSaid()
    {
        var first = fixture.Ask("Who mediated the May 2023 talks in the US?");

        var followUp = fixture.Ask("What was his read on how close a deal was?", first.Focus);

        Assert.NotEqual(AnswerKind.Declined, followUp.Kind);
        Assert.Contains("within reach", followUp.Citations[0].Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_AfterThat_LeadsWithTheNextDatedEventOnTheSubject()
    {
        var first = fixture.Ask("When did the border commissions wrap up the regulations on their joint activities?");

        var followUp = fixture.Ask("And what happened after that?", first.Focus);

        Assert.Equal(new DateOnly(2024, 8, 30), first.Focus?.Passage?.Date);
        Assert.Equal(AnswerKind.Timeline, followUp.Kind);
        Assert.Contains("October 25", followUp.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_BeforeThat_LeadsWithTheEventJustBeforeTheLastAnswersDate()
    {
        var first = fixture.Ask("When did Yerevan and Baku ratify the border commission regulations?");

        var followUp = fixture.Ask("And what happened before that?", first.Focus);

        Assert.Equal(AnswerKind.Timeline, followUp.Kind);
        Assert.Contains("before", followUp.Notice, StringComparison.Ordinal);
        Assert.All(followUp.Citations, c => Assert.True(c.EventDate < first.Focus?.Passage?.Date, c.Passage));
    }

    [Fact]
    public void Ask_FollowUpWhoseTopSentenceIsOnlyTheFocus_QuotesTheOneJustBelowThatAnswers()
    {
        var first = fixture.Ask("What are the two sticking points in the treaty draft?");

        var followUp = fixture.Ask("and what's Pashinyan's take on the claims one?", first.Focus);

        Assert.Equal(AnswerKind.Answered, followUp.Kind);
        Assert.Contains("withdrawal of claims, Pashinyan", followUp.Citations[0].Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_OrdinalWithProForm_ContinuesThePreviousQuestion()
    {
        var first = fixture.Ask("What does Azerbaijan demand from Armenia?");

        var followUp = fixture.Ask("What does the second one involve?", first.Focus);

        Assert.StartsWith("What does Azerbaijan demand from Armenia?", followUp.Focus?.Question, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_OneOfWithAnotherSubject_StandsOnItsOwn()
    {
        var first = fixture.Ask("What does Azerbaijan demand from Armenia?");

        var next = fixture.Ask("Who hosted one of the rounds of talks in Almaty?", first.Focus);

        Assert.StartsWith("Who hosted one of the", next.Focus?.Question, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_FollowUpToADeclinedQuestion_ReadsWithIt()
    {
        var declined = fixture.Ask("What did the Chinese foreign ministry say about the Mars mission?");

        var followUp = fixture.Ask("and when did she say it?", declined.Focus);

        Assert.Equal(AnswerKind.Declined, declined.Kind);
        Assert.Equal("What did the Chinese foreign ministry say about the Mars mission?", declined.Focus?.Question);
        Assert.StartsWith(declined.Focus!.Question, followUp.Focus?.Question, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_WhatSomeoneSaidToThat_AnswersTheReplyToWhatThePreviousAnswerSaid()
    {
        var first = fixture.Ask("what's aliyev's argument for both sides dropping their international legal claims?");

        var followUp = fixture.Ask("ok and what did pashinyan say to that?", first.Focus);

        Assert.Contains("resolving disputes", followUp.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_WhatTheyTalkedAboutWhenTheNextParagraphSaysIt_CitesIt()
    {
        var first = fixture.Ask("who did mirzoyan meet on sept 23?");

        var followUp = fixture.Ask("what did they talk about?", first.Focus);

        Assert.Contains("importance of signing", followUp.Citations[0].Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_SentenceNamingThePeopleOnlyAsTheLeaders_IsFoundThroughTheSentenceNamingThem()
    {
        var answer = fixture.Ask("where did pashinian and erdogan meet at the UN summit?");

        Assert.Contains("Turkish House", answer.Citations[0].Passage, StringComparison.Ordinal);
    }
}
