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

        Assert.Equal((0, 100, 0), (now.SourcesDone, now.Sources, now.Percent));
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
}
