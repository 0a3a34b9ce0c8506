using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Tests.Support;

namespace ChatBot.Knowledge.Tests.Answers;

/// <summary>Status and timeline questions on something the sources don't cover, and names the spelling corrector must keep.</summary>
public sealed class UnknownTopicTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Theory]
    [InlineData("What is the latest on the Mars mission?")]
    [InlineData("What is the latest on the mars mission?")]
    [InlineData("Give me a timeline of the mars mission.")]
    public void Ask_StatusOfUnknownTopic_DeclinesListingTopics(string question)
    {
        var answer = fixture.Ask(question);

        Assert.Equal(AnswerKind.Declined, answer.Kind);
        Assert.Contains("The peace treaty", answer.Notice, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_CommonWordTheSourcesDontUse_IsNotCorrectedToAnother()
    {
        var answer = fixture.Ask("Which village lost its road to Ijevan?");

        Assert.Contains("Ijevan", answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_MisspelledKnownName_IsStillCorrected()
    {
        var answer = fixture.Ask("What book did Erdogan give Pashinian?");

        Assert.Contains("A Fair World", answer.Lines[0].Quote, StringComparison.Ordinal);
    }
}
