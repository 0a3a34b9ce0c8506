using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Tests.Support;

namespace ChatBot.Knowledge.Tests.Answers;

/// <summary>
/// Answering by meaning as well as words: the same questions asked of the engine with sentence vectors and of one
/// without them.
/// </summary>
public sealed class MeaningTests(KnowledgeFixture fixture, LexicalKnowledgeFixture lexical)
    : IClassFixture<KnowledgeFixture>, IClassFixture<LexicalKnowledgeFixture>
{
    [Fact]
    public void Ask_RewordedQuestionWithFewSharedWords_IsAnsweredByMeaning()
    {
        const string question = "How many articles of the treaty are still not agreed?";

        var byWords = lexical.Engine.Ask(question);
        var byMeaning = fixture.Ask(question);

        Assert.Equal(AnswerKind.Declined, byWords.Kind);
        Assert.Equal(AnswerKind.Answered, byMeaning.Kind);
        Assert.Contains("two unresolved articles", byMeaning.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_QuestionSharingSeveralRareWordsButNotWhatItAsksWithASentence_IsNotAnsweredWithOrWithoutVectors()
    {
        // The railway proposal is in the sources; its budget and length are not.
        const string question = "what's the budget and length of the railway line armenia proposed to azerbaijan in december?";

        var byWords = lexical.Engine.Ask(question);
        var byMeaning = fixture.Ask(question);

        Assert.Equal(AnswerKind.Declined, byWords.Kind);
        AnswerAssert.NotAnswered(byMeaning);
    }

    [Theory]
    [InlineData("How much land did Baku say it had got back from the Tavush handover?", "6.5")]
    [InlineData("since when is the only road into artsakh shut?", "December 2022")]
    [InlineData("how much land does baku say it got back from the handover in tavush?", "6.5")]
    public void Ask_RewordedQuestionWhoseAnswerRanksJustBelowAWordierSentence_IsAnsweredByTheCloserOne(string question, string expected)
    {
        var answer = fixture.Ask(question);

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains(expected, answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What's Aliyev's beef with the EU monitors along the border?", "surveillance tool")]
    [InlineData("Which version of the treaty text are the negotiators working on at this point?", "11th draft")]
    public void Ask_QuestionInOwnWordsWhoseAnswerStandsOutOnlyInMeaning_IsAnswered(string question, string expected)
    {
        var answer = fixture.Ask(question);

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains(expected, answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_QuestionCloseInMeaningToASentenceThatNeverNamesWhatItAsksAbout_IsDeclined()
    {
        // The Almaty talks are in the sources; nobody representing the EU at them is.
        var answer = fixture.Ask("who represented the EU at the almaty talks?");

        Assert.Equal(AnswerKind.Declined, answer.Kind);
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public void Ask_StatusQuestionWithoutAStatusCue_IsReadAsStatusByMeaning()
    {
        const string question = "Any headway with border delimitation of late?";

        var byWords = lexical.Engine.Ask(question);
        var byMeaning = fixture.Ask(question);

        Assert.NotEqual(AnswerKind.LatestStatus, byWords.Kind);
        Assert.Equal(AnswerKind.LatestStatus, byMeaning.Kind);
        Assert.StartsWith("As of ", byMeaning.Lines[0].Prefix, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_FactQuestion_IsNotReadAsStatusByMeaning()
    {
        var answer = fixture.Ask("Who chairs the Armenian border commission?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
    }

    [Fact]
    public void Ask_NearDomainQuestionWhoseBestSentenceIsLooselyRelated_SaysTheSourcesDontAnswerIt()
    {
        var byMeaning = fixture.Ask("How long is the whole border between Armenia and Azerbaijan?");

        AnswerAssert.NotAnswered(byMeaning);
    }

    [Fact]
    public void Ask_WithoutVectors_StillAnswersFromWords()
    {
        var answer = lexical.Engine.Ask("Who hosted the talks between the Armenian and Azerbaijani foreign ministers in Almaty?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("Nurtleu", answer.Lines[0].Quote, StringComparison.Ordinal);
    }
}
