using ChatBot.Knowledge.Hosting;
using ChatBot.Knowledge.Indexing;
using ChatBot.Knowledge.Tests.Corpus;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace ChatBot.Knowledge.Tests.Hosting;

public sealed class ReindexListenerTests : IDisposable
{
    private readonly TempSeeds _seeds = new();

    public ReindexListenerTests() => _seeds.Write("gabala.txt", TestArticles.Gabala);

    [Fact]
    public async Task ReindexAsync_ListenerTimesOut_StillReturnsTheBuiltReport()
    {
        var listener = Substitute.For<IReindexListener>();
        listener.OnServingAsync(Arg.Any<ReindexReport>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout"));
        using var harness = new AdminHarness(_seeds.Path, listener: listener);

        var report = await harness.Admin.ReindexAsync(CancellationToken.None);

        Assert.Equal(ReindexOutcome.Built, report.Outcome);
        Assert.True(harness.Admin.IsReady);
    }

    public void Dispose() => _seeds.Dispose();
}
