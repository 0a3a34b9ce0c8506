using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Tests.Support;
using ChatBot.Knowledge.Answers.Reading;

namespace ChatBot.Knowledge.Tests.Answers;

/// <summary>When the bot answers and when it says the sources don't cover a question.</summary>
public sealed class AnswerabilityTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Theory]
    [InlineData("When did World War II end?")]
    [InlineData("Who won the Champions League final?")]
    [InlineData("How do I reset my Outlook password?")]
    [InlineData("What's the latest on the Champions League?")]
    [InlineData("title")]
    [InlineData("ratified")]
    public void Ask_UnknownNameOrSingleSharedWord_Declines(string question)
    {
        var answer = fixture.Ask(question);

        Assert.Empty(answer.Citations);
    }

    [Theory]
    [InlineData("Kirants", "Kirants")]
    [InlineData("Which road did the village of Kiranc get instead?", "Kirants")]
    [InlineData("Who is the US national security adviser who took part in the talks?", "Sullivan")]
    [InlineData("What did the Armenian Prime Minister say about railway communication?", "railway")]
    public void Ask_KnownNameOrTopic_StillAnswers(string question, string expected)
    {
        var answer = fixture.Ask(question);

        Assert.NotEmpty(answer.Citations);
        Assert.Contains(expected, answer.Citations[0].Passage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What percentage of the treaty was agreed?", "80%")]
    [InlineData("Which economist from Azerbaijan's ReAl Party was upbeat that peace could still be reached?", "Jafarli")]
    [InlineData("Which city did the rallies against the frontier handover move to later on?", "Yerevan")]
    [InlineData("What was the agreement they were hammering out in Virginia actually called?", "Agreement on normalization of relations")]
    public void Ask_AnswerTypeNounOrWordsTheSourcesNeverUse_StillAnswers(string question, string expected)
    {
        var answer = fixture.Ask(question);

        Assert.NotEmpty(answer.Citations);
        Assert.Contains(expected, answer.Citations[0].Passage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What happened in the war in Ukraine?")]
    [InlineData("What are the symptoms of the flu?")]
    public void Ask_ShortQuestionOnAWordTheSourcesNeverUse_Declines(string question)
    {
        var answer = fixture.Ask(question);

        Assert.Empty(answer.Citations);
    }

    [Theory]
    [InlineData("How many protesters were arrested during the Tavush for the Homeland demonstrations?")]
    [InlineData("How much aid did the US pledge to Armenia at the Washington talks?")]
    public void Ask_CountOfSomethingTheSourcesNeverTell_QuotesTheClosestWithoutAnsweringIt(string question)
    {
        var answer = fixture.Ask(question);

        Assert.Equal(AnswerKind.Closest, answer.Kind);
    }

    [Fact]
    public void Ask_CountTheSourcesTell_AnswersIt()
    {
        var answer = fixture.Ask("How many villages did Armenia hand over?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("four", answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_BestSentenceOnlySetsTheScene_AnswersFromTheOneNamingWhatWasAsked()
    {
        var answer = fixture.Ask("What book did the Turkish president hand Pashinyan when they met in New York?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("A Fair World", answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_WhoQuestionNoSentenceAnswers_IsNotAnsweredWithAnotherName()
    {
        var answer = fixture.Ask("Who won the 2024 Armenian election?");

        AnswerAssert.NotAnswered(answer);
    }
}
