using System.Text.Json;
using ChatBot.Knowledge.Indexing;
using ChatBot.Knowledge.Tests.Corpus;

namespace ChatBot.Knowledge.Tests.Hosting;

/// <summary>A restart opens the stored generation instead of rerunning the pipeline, and answers exactly as before.</summary>
public sealed class StoredGenerationTests : IDisposable
{
    private static readonly string[] Questions =
    [
        "Who hosted the talks between the Armenian and Azerbaijani foreign ministers in Almaty?",
        "How many villages in Tavush did Armenia hand over to Azerbaijan?",
        "What's the latest on the border delimitation?",
        "Timeline of the border delimitation",
        "What is Azerbaijan's position on the EU monitoring mission?",
        "How do Armenia and Azerbaijan differ on regional communications?",
        "What changed on the border delimitation since September?",
        "What is the capital of Australia?",
    ];

    private readonly TempSeeds _seeds = BadSeedsTests.CopyOfRealSeeds();
    private readonly string _indexPath = Path.Combine(Path.GetTempPath(), "chatbot-stored-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void EnsureLoaded_OnAStoredGeneration_OpensItAndAnswersAsTheBuildDid()
    {
        Dictionary<string, string> built;
        using (var first = new AdminHarness(_seeds.Path, _indexPath))
        {
            Assert.Equal(ReindexOutcome.Built, first.Admin.EnsureLoaded().Outcome);
            built = Questions.ToDictionary(q => q, q => JsonSerializer.Serialize(first.Ask(q)));
        }

        using var restarted = new AdminHarness(_seeds.Path, _indexPath);
        var report = restarted.Admin.EnsureLoaded();

        Assert.Equal(ReindexOutcome.Opened, report.Outcome);
        foreach (var question in Questions) Assert.Equal(built[question], JsonSerializer.Serialize(restarted.Ask(question)));
    }

    [Fact]
    public void EnsureLoaded_StoredCorpusDamaged_BuildsANewGenerationThatAnswers()
    {
        using (var first = new AdminHarness(_seeds.Path, _indexPath))
        {
            first.Admin.EnsureLoaded();
        }

        var store = Assert.Single(Directory.GetFiles(_indexPath, CorpusStore.FileName, SearchOption.AllDirectories));
        File.WriteAllBytes(store, File.ReadAllBytes(store)[..100]);
        using var restarted = new AdminHarness(_seeds.Path, _indexPath);

        var report = restarted.Admin.EnsureLoaded();

        Assert.Equal(ReindexOutcome.Built, report.Outcome);
        Assert.Equal(2, report.Version);
        Assert.True(restarted.Ask(Questions[0]).HasCitations);
    }

    [Fact]
    public void Reindex_AfterAddingOneArticle_ReusesTheUnchangedArticlesAndAddsTheNewOne()
    {
        using var harness = new AdminHarness(_seeds.Path, _indexPath);
        harness.Admin.EnsureLoaded();
        var before = harness.Index.Current!.Model.Extracted.ToDictionary(a => a.Article.Source.File);
        _seeds.Write("gabala.txt", TestArticles.Gabala);

        var report = harness.Admin.Reindex();

        Assert.Equal(ReindexOutcome.Built, report.Outcome);
        Assert.Equal(["gabala.txt"], report.Added.Select(s => s.File));
        var after = harness.Index.Current!.Model.Extracted;
        Assert.All(after.Where(a => before.ContainsKey(a.Article.Source.File)), a => Assert.Same(before[a.Article.Source.File].Paragraphs, a.Paragraphs));
        Assert.Equal("gabala.txt", harness.Ask("Where did the border commissions meet in October 2025?").Citations[0].File);
    }

    [Fact]
    public void Reindex_AfterARestart_ReusesTheStoredArticlesAndAnswersTheSame()
    {
        string answer;
        using (var first = new AdminHarness(_seeds.Path, _indexPath))
        {
            first.Admin.EnsureLoaded();
            answer = JsonSerializer.Serialize(first.Ask(Questions[2]));
        }

        using var restarted = new AdminHarness(_seeds.Path, _indexPath);
        var report = restarted.Admin.Reindex();

        Assert.Equal(ReindexOutcome.Built, report.Outcome);
        Assert.Empty(report.Added);
        Assert.Empty(report.Changed);
        Assert.Equal(answer, JsonSerializer.Serialize(restarted.Ask(Questions[2])));
    }

    [Fact]
    public void Reindex_ArticleRedated_ExtractsItAgainAgainstTheNewDate()
    {
        _seeds.Write("gabala.txt", TestArticles.Gabala.Replace("on 14 October 2025", "on 14 October", StringComparison.Ordinal));
        WriteCatalogDate("2025-10-20");
        using var harness = new AdminHarness(_seeds.Path, _indexPath);
        harness.Admin.EnsureLoaded();
        Assert.Equal(2025, MeetingFact(harness).When.Date.Year);

        WriteCatalogDate("2024-10-20");
        harness.Admin.Reindex();

        Assert.Equal(2024, MeetingFact(harness).When.Date.Year);
    }

    public void Dispose()
    {
        _seeds.Dispose();
        if (Directory.Exists(_indexPath)) Directory.Delete(_indexPath, recursive: true);
    }

    private static IndexedFact MeetingFact(AdminHarness harness) =>
        harness.Index.Current!.Model.Facts.Single(f => f.Source.File == "gabala.txt" && f.Fact.Text.Contains("met in Gabala", StringComparison.Ordinal));

    private void WriteCatalogDate(string published)
    {
        var catalog = File.ReadAllText(Path.Combine(_seeds.Path, "catalog.json"));
        var start = catalog.IndexOf("\"sources\": [", StringComparison.Ordinal) + "\"sources\": [".Length;
        var end = catalog.IndexOf("{\"file\": \"gabala.txt\"", StringComparison.Ordinal) is var at and >= 0 ? catalog.IndexOf('}', at) + 2 : start;
        var entry = $$"""{"file": "gabala.txt", "title": "Gabala", "published": "{{published}}"},""";
        _seeds.Write("catalog.json", catalog[..start] + entry + catalog[end..]);
    }
}
