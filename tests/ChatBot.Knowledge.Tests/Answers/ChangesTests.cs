using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Tests.Support;

namespace ChatBot.Knowledge.Tests.Answers;

public sealed class ChangesTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Fact]
    public void Ask_WhatHappenedAfterAnEvent_ListsOnlyLaterEventsInOrder()
    {
        var answer = fixture.Ask("What happened after the Almaty talks?");

        Assert.Equal(AnswerKind.Timeline, answer.Kind);
        Assert.Contains("after 11 May 2024", answer.Notice, StringComparison.Ordinal);
        var dates = answer.Lines.Select(l => answer.Citations[l.Citations[0] - 1].EventDate!.Value).ToList();
        Assert.All(dates, d => Assert.True(d > new DateOnly(2024, 5, 11), $"{d} is not after the talks"));
        Assert.Contains(answer.Lines, l => l.Quote.Contains("May 24", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhatChangedOnATopicSinceAMonth_ResolvesTheMonthAgainstTheNewestSource()
    {
        var answer = fixture.Ask("What changed on the border delimitation since September?");

        Assert.Contains("since September 2024", answer.Notice, StringComparison.Ordinal);
        Assert.Equal("25 October 2024:", answer.Lines[0].Prefix);
        Assert.DoesNotContain(answer.Lines, l => l.Quote.Contains("May 24", StringComparison.Ordinal));
    }
}
