using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Tests.Support;

namespace ChatBot.Knowledge.Tests.Answers;

public sealed class TimelineTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Fact]
    public void Ask_TimelineOfBorderDelimitation_ListsTheMilestonesInOrderAndCited()
    {
        var answer = fixture.Ask("timeline of the border delimitation");

        Assert.Equal(AnswerKind.Timeline, answer.Kind);
        string[] milestones = ["19 April 2024:", "Protocol", "24 May 2024:", "30 August 2024:", "25 October 2024:", "1 November 2024:"];
        var at = milestones.Select(m => answer.Lines.ToList().FindIndex(l => $"{l.Prefix} {l.Quote}".Contains(m, StringComparison.Ordinal))).ToList();
        Assert.DoesNotContain(-1, at);
        Assert.Equal(at.Order(), at);
        Assert.All(answer.Lines, l => Assert.NotEmpty(l.Citations));
        Assert.Contains("ratified the regulations on October 25", answer.Lines[at[4]].Quote, StringComparison.Ordinal);
        Assert.Contains("came into force on November 1", answer.Lines[at[5]].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_TimelineOfBorderDelimitation_MergesTheAprilNineteenMeetingReportedTwice()
    {
        var answer = fixture.Ask("timeline of the border delimitation");

        var april19 = Assert.Single(answer.Lines, l => l.Prefix == "19 April 2024:");
        Assert.Equal(2, april19.Citations.Count);
    }

    [Fact]
    public void Ask_TimelineOfLachin_MergesTheBlockadeReportedByTwoSources()
    {
        var answer = fixture.Ask("Timeline of the Lachin corridor");

        var december = Assert.Single(answer.Lines, l => l.Prefix == "December 2022:");
        var files = december.Citations.Select(n => answer.Citations[n - 1].File).Distinct().ToList();
        Assert.Equal(2, files.Count);
    }

    [Fact]
    public void Ask_Timeline_LeavesUndatedStatementsOutAndSaysSo()
    {
        var answer = fixture.Ask("History of the Lachin corridor");

        Assert.DoesNotContain(answer.Lines, l => l.Quote.Contains("The installation of the checkpoint violates", StringComparison.Ordinal));
        Assert.Contains("undated statements are left out", answer.Notice, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_HowDidItDevelop_IsATimelineOldestFirst()
    {
        var answer = fixture.Ask("How did the Lachin corridor crisis develop?");

        Assert.Equal(AnswerKind.Timeline, answer.Kind);
        Assert.Equal("December 2022:", answer.Lines[0].Prefix);
        Assert.Contains(answer.Lines.Skip(1), l => l.Prefix == "23 April 2023:");
    }
}
