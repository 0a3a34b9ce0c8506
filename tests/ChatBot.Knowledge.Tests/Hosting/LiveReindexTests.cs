using System.Collections.Concurrent;
using System.Diagnostics;
using ChatBot.Knowledge.Hosting;
using ChatBot.Knowledge.Indexing;

namespace ChatBot.Knowledge.Tests.Hosting;

/// <summary>Reindexing while people ask: every question gets a real answer, and one build runs at a time.</summary>
public sealed class LiveReindexTests
{
    private static readonly string[] Questions =
    [
        "Who hosted the talks in Almaty?",
        "What's the latest on border delimitation?",
        "What are the two unresolved issues in the peace treaty draft?",
    ];

    [Fact]
    public async Task Ask_WhileReindexingRepeatedly_EveryAnswerCitesAndNothingThrows()
    {
        using var seeds = BadSeedsTests.CopyOfRealSeeds();
        using var harness = new AdminHarness(seeds.Path);
        harness.Admin.EnsureLoaded();
        var expected = Questions.ToDictionary(q => q, q => harness.Ask(q).Citations[0].File);
        var failures = new ConcurrentQueue<string>();
        var asked = 0;
        using var stop = new CancellationTokenSource();

        var askers = Enumerable.Range(0, 4).Select(n => Task.Run(() =>
        {
            for (var i = n; !stop.IsCancellationRequested; i++)
            {
                var question = Questions[i % Questions.Length];
                try
                {
                    var answer = harness.Ask(question);
                    if (!answer.HasCitations || answer.Citations[0].File != expected[question]) failures.Enqueue($"{question}: {answer.Kind} {answer.Notice}");
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    failures.Enqueue($"{question}: {ex}");
                }

                Interlocked.Increment(ref asked);
            }
        })).ToList();
        var versions = new List<int>();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(3) || versions.Count < 2)
        {
            var report = await harness.Admin.ReindexAsync();
            Assert.Equal(ReindexOutcome.Built, report.Outcome);
            versions.Add(report.Version);
        }

        await stop.CancelAsync();
        await Task.WhenAll(askers);

        Assert.Empty(failures);
        Assert.True(asked > versions.Count, $"only {asked} questions were asked");
        Assert.Equal(versions.Order(), versions);
        Assert.Single(Directory.GetDirectories(harness.IndexPath, "gen-*"));
    }

    [Fact]
    public async Task ReindexAsync_TwoAtOnce_SecondIsToldOneIsAlreadyRunning()
    {
        using var seeds = BadSeedsTests.CopyOfRealSeeds();
        using var harness = new AdminHarness(seeds.Path);
        harness.Admin.EnsureLoaded();

        var first = harness.Admin.ReindexAsync();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!harness.Admin.Status.Rebuilding && !first.IsCompleted && clock.Elapsed < TimeSpan.FromSeconds(10)) await Task.Delay(1);
        Assert.True(harness.Admin.Status.Rebuilding, "the first reindex should be building");
        var reports = new[] { await harness.Admin.ReindexAsync(), await first };

        Assert.Contains(reports, r => r.Outcome == ReindexOutcome.Built);
        var refused = Assert.Single(reports, r => r.Outcome == ReindexOutcome.AlreadyRunning);
        Assert.Equal("A reindex is already running; try again when it has finished.", ReindexReportText.Format(refused));
        Assert.True(refused.Version > 0);
        Assert.All(reports, r => Assert.True(r.Outcome is ReindexOutcome.Built or ReindexOutcome.AlreadyRunning));
    }
}
