using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Tests.Support;

namespace ChatBot.Knowledge.Tests.Answers;

/// <summary>What the lead line quotes and which part of it is shown as the answer.</summary>
public sealed class LeadTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Fact]
    public void Ask_WhoIsAPersonNamedInALongSentence_LeadNamesThePerson()
    {
        var answer = fixture.Ask("Who is Ian Borg?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("Ian Borg", answer.Lines[0].Quote, StringComparison.Ordinal);
        Assert.Contains("OSCE Chairman", answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What did Azerbaijan do on April 23?")]
    [InlineData("What has Armenia done about the Tavush villages?")]
    public void Ask_WhatDidSomeoneDo_HighlightsNoSingleName(string question)
    {
        var answer = fixture.Ask(question);

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Null(answer.Lines[0].Highlight);
    }
}
