using System.Diagnostics;
using ChatBot.Knowledge.Hosting;
using ChatBot.Knowledge.Tests.Corpus;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Knowledge.Tests.Hosting;

public sealed class SeedsWatchServiceTests
{
    [Fact]
    public async Task Watch_BurstOfNewFiles_ReindexesOnceAfterTheQuietPeriod()
    {
        using var seeds = new TempSeeds();
        seeds.Write("geneva.txt", "Leaders meet in Geneva\n\nThe two leaders met on 3 March 2024 in Geneva. They spoke for an hour.\n");
        using var harness = new AdminHarness(seeds.Path);
        var version = harness.Admin.EnsureLoaded().Version;
        var options = Options.Create(new KnowledgeOptions { SeedsPath = seeds.Path, WatchSeeds = true, WatchDelay = TimeSpan.FromMilliseconds(1500) });
        using var sut = new SeedsWatchService(options, harness.Admin, TimeProvider.System, NullLogger<SeedsWatchService>.Instance);
        await sut.StartAsync(CancellationToken.None);
        await Task.Delay(200);

        foreach (var part in new[] { "a", "b", "c" })
        {
            // Written back to back, well inside the quiet period even on a loaded machine: one burst, one reindex.
            seeds.Write($"gabala-{part}.txt", TestArticles.Gabala.Replace("Gabala", "Gabala " + part, StringComparison.Ordinal));
        }

        var clock = Stopwatch.StartNew();
        while (harness.Admin.Status.Version == version && clock.Elapsed < TimeSpan.FromSeconds(20)) await Task.Delay(50);
        await Task.Delay(2000);
        await sut.StopAsync(CancellationToken.None);

        Assert.Equal(version + 1, harness.Admin.Status.Version);
        Assert.Equal(4, harness.Admin.Status.Sources);
        Assert.Equal(3, harness.Admin.Status.LastReport!.Added.Count);
    }

    [Fact]
    public async Task Watch_Off_NeverReindexes()
    {
        using var seeds = new TempSeeds();
        seeds.Write("gabala.txt", TestArticles.Gabala);
        using var harness = new AdminHarness(seeds.Path);
        var version = harness.Admin.EnsureLoaded().Version;
        var options = Options.Create(new KnowledgeOptions { SeedsPath = seeds.Path, WatchDelay = TimeSpan.FromMilliseconds(50) });
        using var sut = new SeedsWatchService(options, harness.Admin, TimeProvider.System, NullLogger<SeedsWatchService>.Instance);

        await sut.StartAsync(CancellationToken.None);
        seeds.Write("more.txt", TestArticles.Gabala);
        await Task.Delay(500);
        await sut.StopAsync(CancellationToken.None);

        Assert.Equal(version, harness.Admin.Status.Version);
    }
}
