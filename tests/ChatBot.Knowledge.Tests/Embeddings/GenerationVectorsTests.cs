using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Embeddings;
using ChatBot.Knowledge.Hosting;
using ChatBot.Knowledge.Indexing;
using ChatBot.Knowledge.Tests.Corpus;
using ChatBot.Knowledge.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Knowledge.Tests.Embeddings;

/// <summary>Fact vectors through the engine as the host wires it, with a counting stand-in for the model.</summary>
public sealed class GenerationVectorsTests : IDisposable
{
    private readonly TempSeeds _seeds = new();
    private readonly string _index = Path.Combine(Path.GetTempPath(), "chatbot-vectors-" + Guid.NewGuid().ToString("N"));

    public GenerationVectorsTests()
    {
        _seeds.Write(NewsArticles.PrisonersFile, NewsArticles.PrisonersText);
        _seeds.Write("catalog.json", NewsArticles.Catalog(NewsArticles.PrisonersEntry));
    }

    [Fact]
    public void LoadOrBuild_NewIndex_EmbedsEveryFactAndStoresTheVectors()
    {
        var encoder = new WordHashEncoder();

        using var engine = Engine(encoder);

        var snapshot = Snapshot(engine);
        Assert.NotNull(snapshot.Vectors);
        Assert.Equal(snapshot.Model.Facts.Count, snapshot.Vectors.Count);
        Assert.Equal(DistinctTexts(snapshot), encoder.PassagesEmbedded);
        Assert.True(File.Exists(Path.Combine(snapshot.Path!, VectorFile.FileName)));
        var fact = snapshot.Model.Facts.First(f => f.Fact.Text.Contains(NewsArticles.PrisonersFact, StringComparison.Ordinal));
        Assert.Equal(1f, snapshot.Vectors.Similarity(fact.Id, encoder.EmbedQuery(fact.Fact.Text)), 4);
    }

    [Fact]
    public void Reindex_AddedArticle_EmbedsOnlyTheNewSentences()
    {
        var encoder = new WordHashEncoder();
        using var engine = Engine(encoder);
        var before = Snapshot(engine).Model.Facts.Select(f => f.Fact.Text).ToHashSet(StringComparer.Ordinal);
        AddBorderArticle();

        engine.GetRequiredService<IKnowledgeAdmin>().Reindex();

        var snapshot = Snapshot(engine);
        var added = snapshot.Model.Facts.Select(f => f.Fact.Text).Where(t => !before.Contains(t)).Distinct(StringComparer.Ordinal).Count();
        Assert.True(added > 0);
        Assert.Equal(before.Count + added, encoder.PassagesEmbedded);
        Assert.Equal(snapshot.Model.Facts.Count, snapshot.Vectors!.Count);
        var border = snapshot.Model.Facts.First(f => f.Fact.Text.Contains(NewsArticles.BorderFact, StringComparison.Ordinal));
        Assert.Equal(border.Id, snapshot.Vectors.Nearest(encoder.EmbedQuery(border.Fact.Text), 1)[0].FactId);
    }

    [Fact]
    public void LoadOrBuild_Restart_ReadsTheStoredVectorsWithoutEmbedding()
    {
        float[] stored;
        using (var engine = Engine(new WordHashEncoder()))
        {
            stored = Snapshot(engine).Vectors!.Values.ToArray();
        }

        var encoder = new WordHashEncoder();
        using var restarted = Engine(encoder);

        Assert.Equal(0, encoder.PassagesEmbedded);
        Assert.Equal(stored, Snapshot(restarted).Vectors!.Values.ToArray());
    }

    [Fact]
    public void LoadOrBuild_Disabled_NothingEmbeddedStoredOrRead()
    {
        var encoder = new WordHashEncoder();

        using var engine = Engine(encoder, enabled: false);
        var answer = engine.GetRequiredService<IKnowledgeBase>().Ask(new Question("Which detainees did Azerbaijan release?"));

        var snapshot = Snapshot(engine);
        Assert.Null(snapshot.Vectors);
        Assert.False(File.Exists(Path.Combine(snapshot.Path!, VectorFile.FileName)));
        Assert.Null(engine.GetRequiredService<QueryEmbeddings>().Embed("Which detainees did Azerbaijan release?"));
        Assert.NotEmpty(answer.Citations);
        Assert.Equal(0, encoder.PassagesEmbedded + encoder.QueriesEmbedded);
    }

    [Fact]
    public void LoadOrBuild_EnabledAfterBuildingWithout_EmbedsOnceAndStores()
    {
        using (Engine(new WordHashEncoder(), enabled: false))
        {
        }

        var encoder = new WordHashEncoder();
        using (var restarted = Engine(encoder))
        {
            var snapshot = Snapshot(restarted);
            Assert.Equal(snapshot.Model.Facts.Count, snapshot.Vectors!.Count);
            Assert.Equal(DistinctTexts(snapshot), encoder.PassagesEmbedded);
        }

        var again = new WordHashEncoder();
        using var third = Engine(again);
        Assert.Equal(0, again.PassagesEmbedded);
        Assert.NotNull(Snapshot(third).Vectors);
    }

    [Fact]
    public void LoadOrBuild_DisabledAfterBuildingWith_IgnoresTheStoredVectors()
    {
        using (Engine(new WordHashEncoder()))
        {
        }

        using var restarted = Engine(new WordHashEncoder(), enabled: false);

        Assert.Null(Snapshot(restarted).Vectors);
    }

    [Fact]
    public void LoadOrBuild_VectorsOfAnotherModel_EmbeddedAgain()
    {
        using (Engine(new WordHashEncoder()))
        {
        }

        var other = new OtherModel();
        using var restarted = Engine(other);

        Assert.Equal(DistinctTexts(Snapshot(restarted)), other.PassagesEmbedded);
        Assert.Equal(other.ModelId, Snapshot(restarted).Vectors!.ModelId);
    }

    private static int DistinctTexts(KnowledgeSnapshot snapshot) =>
        snapshot.Model.Facts.Select(f => f.Fact.Text).Distinct(StringComparer.Ordinal).Count();

    private static KnowledgeSnapshot Snapshot(ServiceProvider engine) => engine.GetRequiredService<KnowledgeIndex>().Current!;

    private void AddBorderArticle()
    {
        _seeds.Write(NewsArticles.BorderFile, NewsArticles.BorderText);
        _seeds.Write("catalog.json", NewsArticles.Catalog(NewsArticles.PrisonersEntry, NewsArticles.BorderEntry));
    }

    private ServiceProvider Engine(ISentenceEncoder encoder, bool enabled = true)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Knowledge:SeedsPath"] = _seeds.Path,
                ["Knowledge:IndexPath"] = _index,
                ["Knowledge:Embeddings:Enabled"] = enabled ? "true" : "false",
                ["Knowledge:Embeddings:Threads"] = "2",
            })
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(encoder)
            .AddKnowledge(configuration, AppContext.BaseDirectory)
            .BuildServiceProvider();
        services.GetRequiredService<IKnowledgeAdmin>().EnsureLoaded();
        return services;
    }

    public void Dispose()
    {
        _seeds.Dispose();
        if (Directory.Exists(_index)) Directory.Delete(_index, recursive: true);
    }

    private sealed class OtherModel : ISentenceEncoder
    {
        private readonly WordHashEncoder _inner = new();

        public string ModelId => "other-model";

        public int Dimensions => _inner.Dimensions;

        public int PassagesEmbedded => _inner.PassagesEmbedded;

        public float[] EmbedQuery(string question) => _inner.EmbedQuery(question);

        public float[][] EmbedPassages(IReadOnlyList<string> passages) => _inner.EmbedPassages(passages);
    }
}
