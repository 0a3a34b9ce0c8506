using ChatBot.Knowledge.Indexing;
using ChatBot.Knowledge.Tests.Hosting;

namespace ChatBot.Knowledge.Tests.Indexing;

public sealed class BuildProgressTests
{
    [Fact]
    public void Snapshot_BeforeAnySource_HasNoEstimate()
    {
        var progress = new BuildProgress(100, new ManualClock());

        var now = progress.Snapshot();

        Assert.Equal((0, 100, "sources", 0), (now.Done, now.Total, now.Unit, now.Percent));
        Assert.Null(now.Remaining);
    }

    [Fact]
    public void Snapshot_HalfwayAtASteadyPace_EstimatesTheRestAndTheIndexWrite()
    {
        var clock = new ManualClock();
        var progress = new BuildProgress(100, clock);
        for (var i = 0; i < 50; i++) progress.SourceDone();
        clock.Advance(TimeSpan.FromSeconds(30));

        var now = progress.Snapshot();

        Assert.Equal(50, now.Percent);
        Assert.Equal(TimeSpan.FromSeconds(30), now.Elapsed);
        // 0.6 s a source: 30 s for the other 50, and a third of the reading time (20 s) for writing the index.
        Assert.Equal(TimeSpan.FromSeconds(50), now.Remaining);
    }

    [Fact]
    public void Snapshot_WhileEmbedding_CountsSentencesAtTheirOwnPace()
    {
        var clock = new ManualClock();
        var progress = new BuildProgress(10, clock);
        for (var i = 0; i < 10; i++) progress.SourceDone();
        clock.Advance(TimeSpan.FromSeconds(100));
        progress.WritingIndex();
        clock.Advance(TimeSpan.FromSeconds(20));
        progress.EmbeddingSentences(1000);
        progress.Embedded(250);
        clock.Advance(TimeSpan.FromSeconds(10));

        var now = progress.Snapshot();

        Assert.Equal(("embedding sentences", 250, 1000, "sentences", 25), (now.Stage, now.Done, now.Total, now.Unit, now.Percent));
        Assert.Equal(TimeSpan.FromSeconds(130), now.Elapsed);
        // 250 sentences in the stage's 10 s: 30 s for the other 750, whatever the earlier stages took.
        Assert.Equal(TimeSpan.FromSeconds(30), now.Remaining);
    }

    [Fact]
    public void Snapshot_WritingTheIndex_ShowsEverySourceReadAndNoGuess()
    {
        var clock = new ManualClock();
        var progress = new BuildProgress(10, clock);
        for (var i = 0; i < 4; i++) progress.SourceDone();
        progress.WritingIndex();

        var now = progress.Snapshot();

        Assert.Equal(("writing the index", 10, 10, 100), (now.Stage, now.Done, now.Total, now.Percent));
        Assert.Null(now.Remaining);
    }
}
