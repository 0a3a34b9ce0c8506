using ChatBot.Knowledge.Indexing;
using ChatBot.Knowledge.Tests.Corpus;

namespace ChatBot.Knowledge.Tests.Hosting;

/// <summary>What the next start finds after a crash or kill during a build.</summary>
public sealed class IndexRecoveryTests : IDisposable
{
    private readonly TempSeeds _seeds = new();
    private readonly string _indexPath = Path.Combine(Path.GetTempPath(), "chatbot-recovery-" + Guid.NewGuid().ToString("N"));

    public IndexRecoveryTests() => _seeds.Write("gabala.txt", TestArticles.Gabala);

    [Fact]
    public void EnsureLoaded_AfterCrashDuringBuild_OpensThePreviousIndexAndCleansUp()
    {
        int version;
        string serving;
        using (var before = new AdminHarness(_seeds.Path, _indexPath))
        {
            version = before.Admin.EnsureLoaded().Version;
            serving = Assert.Single(Directory.GetDirectories(_indexPath, "gen-*"));
        }

        // A build killed half-way: a new generation folder with part of its files, and a pointer never moved into place.
        var halfWritten = Directory.CreateDirectory(Path.Combine(_indexPath, $"gen-{version + 1:D6}-0badc0de0badc0")).FullName;
        File.WriteAllBytes(Path.Combine(halfWritten, "_0.fdt"), [1, 2, 3]);
        File.WriteAllText(Path.Combine(halfWritten, "write.lock"), "");
        File.WriteAllText(Path.Combine(_indexPath, "current.json.tmp"), """{"Folder":"gen-0000""");
        using var after = new AdminHarness(_seeds.Path, _indexPath);

        var report = after.Admin.EnsureLoaded();

        Assert.Equal(ReindexOutcome.Opened, report.Outcome);
        Assert.Equal(version, report.Version);
        Assert.Equal("gabala.txt", after.Ask("Where did the border commissions meet in October 2025?").Citations[0].File);
        Assert.Equal([serving], Directory.GetDirectories(_indexPath, "gen-*"));
        Assert.False(File.Exists(Path.Combine(_indexPath, "current.json.tmp")));
    }

    [Fact]
    public void EnsureLoaded_PointerToAMissingGeneration_BuildsANewOne()
    {
        using (var before = new AdminHarness(_seeds.Path, _indexPath))
        {
            before.Admin.EnsureLoaded();
        }

        foreach (var folder in Directory.GetDirectories(_indexPath, "gen-*")) Directory.Delete(folder, recursive: true);
        using var after = new AdminHarness(_seeds.Path, _indexPath);

        var report = after.Admin.EnsureLoaded();

        Assert.Equal(ReindexOutcome.Built, report.Outcome);
        Assert.True(after.Admin.IsReady);
        Assert.Single(Directory.GetDirectories(_indexPath, "gen-*"));
    }

    [Fact]
    public void EnsureLoaded_ServingGenerationWithDamagedFiles_BuildsANewGeneration()
    {
        string serving;
        using (var before = new AdminHarness(_seeds.Path, _indexPath))
        {
            before.Admin.EnsureLoaded();
            serving = Assert.Single(Directory.GetDirectories(_indexPath, "gen-*"));
        }

        // A disk fault or a copy cut short: the segments file is still there, the data beside it is not readable.
        foreach (var file in Directory.GetFiles(serving).Where(f => !Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal)
            && !Path.GetFileName(f).EndsWith(".json", StringComparison.Ordinal)))
        {
            File.WriteAllBytes(file, [1, 2, 3]);
        }

        using var after = new AdminHarness(_seeds.Path, _indexPath);

        var report = after.Admin.EnsureLoaded();

        Assert.Equal(ReindexOutcome.Built, report.Outcome);
        Assert.True(after.Admin.IsReady);
        Assert.Equal("gabala.txt", after.Ask("Where did the border commissions meet in October 2025?").Citations[0].File);
    }

    [Fact]
    public void EnsureLoaded_CorruptPointer_BuildsANewGeneration()
    {
        using (var before = new AdminHarness(_seeds.Path, _indexPath))
        {
            before.Admin.EnsureLoaded();
        }

        File.WriteAllText(Path.Combine(_indexPath, "current.json"), "{ not json");
        using var after = new AdminHarness(_seeds.Path, _indexPath);

        var report = after.Admin.EnsureLoaded();

        Assert.Equal(ReindexOutcome.Built, report.Outcome);
        Assert.Single(Directory.GetDirectories(_indexPath, "gen-*"));
    }

    public void Dispose()
    {
        _seeds.Dispose();
        if (Directory.Exists(_indexPath)) Directory.Delete(_indexPath, recursive: true);
    }
}
