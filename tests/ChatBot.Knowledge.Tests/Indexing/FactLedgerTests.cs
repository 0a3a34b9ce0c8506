using ChatBot.Knowledge.Hosting;
using ChatBot.Knowledge.Indexing;
using ChatBot.Knowledge.Tests.Corpus;
using ChatBot.Knowledge.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Knowledge.Tests.Indexing;

public sealed class FactLedgerTests : IDisposable
{
    private readonly TempSeeds _seeds = new();
    private readonly string _index = Path.Combine(Path.GetTempPath(), "chatbot-ledger-" + Guid.NewGuid().ToString("N"));

    public FactLedgerTests()
    {
        _seeds.Write(NewsArticles.PrisonersFile, NewsArticles.PrisonersText);
        _seeds.Write("catalog.json", NewsArticles.Catalog(NewsArticles.PrisonersEntry));
    }

    [Fact]
    public void Rebuild_UnchangedSeeds_NoFactIsNew()
    {
        using var engine = Engine();
        var first = engine.GetRequiredService<KnowledgeIndex>().Current!.Version;

        engine.GetRequiredService<IKnowledgeAdmin>().Reindex();

        var snapshot = engine.GetRequiredService<KnowledgeIndex>().Current!;
        Assert.Equal(first + 1, snapshot.Version);
        Assert.All(snapshot.Model.Facts, f => Assert.Equal(first, snapshot.FirstSeenVersion(f)));
    }

    [Fact]
    public void Rebuild_AddedArticle_OnlyItsFactsGetTheNewVersion()
    {
        using var engine = Engine();
        var first = engine.GetRequiredService<KnowledgeIndex>().Current!.Version;
        AddBorderArticle();

        engine.GetRequiredService<IKnowledgeAdmin>().Reindex();

        var snapshot = engine.GetRequiredService<KnowledgeIndex>().Current!;
        Assert.Contains(snapshot.Model.Facts, f => f.Source.File == NewsArticles.BorderFile);
        Assert.All(snapshot.Model.Facts, f => Assert.Equal(
            f.Source.File == NewsArticles.BorderFile ? snapshot.Version : first,
            snapshot.FirstSeenVersion(f)));
    }

    [Fact]
    public void LoadOrBuild_AfterRestart_KeepsWhenEachFactFirstAppeared()
    {
        int first, second;
        using (var engine = Engine())
        {
            first = engine.GetRequiredService<KnowledgeIndex>().Current!.Version;
            AddBorderArticle();
            second = engine.GetRequiredService<IKnowledgeAdmin>().Reindex().Version;
        }

        using var restarted = Engine();

        var snapshot = restarted.GetRequiredService<KnowledgeIndex>().Current!;
        Assert.Equal(second, snapshot.Version);
        Assert.All(snapshot.Model.Facts, f => Assert.Equal(
            f.Source.File == NewsArticles.BorderFile ? second : first,
            snapshot.FirstSeenVersion(f)));
    }

    [Fact]
    public void LoadOrBuild_SeedsChangedWhileStopped_OnlyTheAddedFactsAreNew()
    {
        int first;
        using (var engine = Engine())
        {
            first = engine.GetRequiredService<KnowledgeIndex>().Current!.Version;
        }

        AddBorderArticle();
        using var restarted = Engine();

        var snapshot = restarted.GetRequiredService<KnowledgeIndex>().Current!;
        Assert.Equal(first + 1, snapshot.Version);
        Assert.All(snapshot.Model.Facts, f => Assert.Equal(
            f.Source.File == NewsArticles.BorderFile ? snapshot.Version : first,
            snapshot.FirstSeenVersion(f)));
    }

    [Fact]
    public void LoadOrBuild_GenerationWithoutLedger_TreatsEveryFactAsItsVersionAndWritesOne()
    {
        int first;
        string folder;
        using (var engine = Engine())
        {
            var snapshot = engine.GetRequiredService<KnowledgeIndex>().Current!;
            (first, folder) = (snapshot.Version, snapshot.Path!);
        }

        File.Delete(Path.Combine(folder, FactLedger.FileName));
        using var restarted = Engine();
        Assert.True(File.Exists(Path.Combine(folder, FactLedger.FileName)));
        AddBorderArticle();
        restarted.GetRequiredService<IKnowledgeAdmin>().Reindex();

        var current = restarted.GetRequiredService<KnowledgeIndex>().Current!;
        Assert.All(current.Model.Facts, f => Assert.Equal(
            f.Source.File == NewsArticles.BorderFile ? current.Version : first,
            current.FirstSeenVersion(f)));
    }

    [Fact]
    public void Rebuild_EditedSentence_IsNewButReflowedWhitespaceIsNot()
    {
        using var engine = Engine();
        var first = engine.GetRequiredService<KnowledgeIndex>().Current!.Version;
        _seeds.Write(NewsArticles.PrisonersFile, NewsArticles.PrisonersText
            .Replace("after talks between", "after  talks\tbetween", StringComparison.Ordinal)
            .Replace("held since 2023", "held since 2022", StringComparison.Ordinal));

        engine.GetRequiredService<IKnowledgeAdmin>().Reindex();

        var snapshot = engine.GetRequiredService<KnowledgeIndex>().Current!;
        var released = snapshot.Model.Facts.Single(f => f.Fact.Text.Contains("released two", StringComparison.Ordinal));
        var held = snapshot.Model.Facts.Single(f => f.Fact.Text.Contains("since 2022", StringComparison.Ordinal));
        Assert.Equal(first, snapshot.FirstSeenVersion(released));
        Assert.Equal(snapshot.Version, snapshot.FirstSeenVersion(held));
    }

    [Fact]
    public void KeyOf_SameSentenceInAnotherFile_Differs()
    {
        Assert.Equal(FactLedger.KeyOf("a.txt", "The  talks ended."), FactLedger.KeyOf("a.txt", "the talks ended."));
        Assert.NotEqual(FactLedger.KeyOf("a.txt", "The talks ended."), FactLedger.KeyOf("b.txt", "The talks ended."));
    }

    private void AddBorderArticle()
    {
        _seeds.Write(NewsArticles.BorderFile, NewsArticles.BorderText);
        _seeds.Write("catalog.json", NewsArticles.Catalog(NewsArticles.PrisonersEntry, NewsArticles.BorderEntry));
    }

    private ServiceProvider Engine()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Knowledge:SeedsPath"] = _seeds.Path,
                ["Knowledge:IndexPath"] = _index,
            })
            .Build();
        var services = new ServiceCollection().AddLogging().AddKnowledge(configuration, AppContext.BaseDirectory).BuildServiceProvider();
        services.GetRequiredService<IKnowledgeAdmin>().EnsureLoaded();
        return services;
    }

    public void Dispose()
    {
        _seeds.Dispose();
        if (Directory.Exists(_index)) Directory.Delete(_index, recursive: true);
    }
}
