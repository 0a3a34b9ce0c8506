using ChatBot.Knowledge.Hosting;
using ChatBot.Knowledge.Indexing;
using ChatBot.Knowledge.Tests.Corpus;
using ChatBot.Knowledge.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Knowledge.Tests.Indexing;

/// <summary>A reindex in a fresh process (the command line's offline reindex) reports against the index it replaces.</summary>
public sealed class OfflineReindexReportTests : IDisposable
{
    private const string CopyFile = "902_border_commissions_copy.txt";

    private readonly TempSeeds _seeds = new();
    private readonly string _index = Path.Combine(Path.GetTempPath(), "chatbot-offline-" + Guid.NewGuid().ToString("N"));

    public OfflineReindexReportTests()
    {
        _seeds.Write(NewsArticles.PrisonersFile, NewsArticles.PrisonersText);
        _seeds.Write(NewsArticles.BorderFile, NewsArticles.BorderText);
        _seeds.Write("catalog.json", NewsArticles.Catalog(NewsArticles.PrisonersEntry, NewsArticles.BorderEntry));
    }

    [Fact]
    public void Reindex_FreshProcessUnchangedSeeds_ReportsNothingNew()
    {
        Reindex();

        var report = Reindex();

        Assert.Equal(ReindexOutcome.Built, report.Outcome);
        Assert.Empty(report.Added);
        Assert.Empty(report.Changed);
        Assert.Empty(report.Removed);
    }

    [Fact]
    public void Reindex_FreshProcessEditedSeeds_ReportsNewChangedAndRemoved()
    {
        Reindex();
        _seeds.Write(NewsArticles.PrisonersFile, NewsArticles.PrisonersText.Replace("held since 2023", "held since 2022", StringComparison.Ordinal));
        File.Delete(Path.Combine(_seeds.Path, NewsArticles.BorderFile));
        _seeds.Write(CopyFile, NewsArticles.BorderText);
        _seeds.Write("catalog.json", NewsArticles.Catalog(NewsArticles.PrisonersEntry, NewsArticles.CatalogEntry(CopyFile, "Border commissions, again", "2025-03-20")));

        var report = Reindex();

        Assert.Equal([CopyFile], report.Added.Select(s => s.File));
        Assert.Equal([NewsArticles.PrisonersFile], report.Changed.Select(s => s.File));
        Assert.Equal([NewsArticles.BorderFile], report.Removed);
    }

    /// <summary>A reindex as the command line runs it: a new engine, nothing loaded, then rebuild.</summary>
    private ReindexReport Reindex()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Knowledge:SeedsPath"] = _seeds.Path,
                ["Knowledge:IndexPath"] = _index,
            })
            .Build();
        using var services = new ServiceCollection().AddLogging().AddKnowledge(configuration, AppContext.BaseDirectory).BuildServiceProvider();
        return services.GetRequiredService<IKnowledgeAdmin>().Reindex();
    }

    public void Dispose()
    {
        _seeds.Dispose();
        if (Directory.Exists(_index)) Directory.Delete(_index, recursive: true);
    }
}
