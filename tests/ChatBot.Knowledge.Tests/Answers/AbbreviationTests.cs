using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Tests.Support;

namespace ChatBot.Knowledge.Tests.Answers;

/// <summary>"What does TRIPP stand for?" is answered with the words the sources write the abbreviation out in.</summary>
public sealed class AbbreviationTests : IDisposable
{
    private const string Article = """
        Armenia weighs terms for the transit route

        Armenia is considering granting construction rights for the Trump Route for International Peace and Prosperity (TRIPP) project for 49 or 99 years, the prime minister said.

        The route would link mainland Azerbaijan with its Nakhchivan exclave, and the CSTO has not commented on it.

        Officials said the TRIPP project would bring investment to the region.
        """;

    private readonly OneArticleEngine _engine = new("001_transit_route.txt", Article);

    [Theory]
    [InlineData("what does TRIPP stand for?")]
    [InlineData("whats tripp short for")]
    public void Ask_WhatAnAbbreviationStandsFor_AnswersWithItsWordsWrittenOut(string question)
    {
        var answer = _engine.Ask(question);

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        var lead = answer.Lines[0];
        Assert.NotNull(lead.Highlight);
        Assert.Equal("Trump Route for International Peace and Prosperity", lead.Highlight.Value.Of(lead.Quote));
    }

    [Fact]
    public void Ask_AbbreviationTheSourcesNeverWriteOut_IsNotAnsweredAsIfTheyDid()
    {
        var answer = _engine.Ask("what does CSTO stand for?");

        Assert.NotEqual(AnswerKind.Answered, answer.Kind);
    }

    public void Dispose() => _engine.Dispose();
}
