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

    [Fact]
    public void Ask_LeadIntroducingAList_QuotesEachItemWithItsCitation()
    {
        var answer = fixture.Ask("What are the two unresolved issues in the peace treaty draft?");

        Assert.EndsWith(":", answer.Lines[0].Quote, StringComparison.Ordinal);
        var items = answer.Lines.Skip(1).ToList();
        Assert.Equal(2, items.Count);
        Assert.Contains("withdrawal of international legal claims", items[0].Quote, StringComparison.Ordinal);
        Assert.Contains("European Monitoring Mission", items[1].Quote, StringComparison.Ordinal);
        Assert.All(items, item => Assert.Contains(item.Quote, answer.Citations[item.Citations[0] - 1].Passage, StringComparison.Ordinal));
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
