using BenchmarkDotNet.Attributes;
using ChatBot.Knowledge.Embeddings;
using ChatBot.Knowledge.Hosting;
using ChatBot.Knowledge.Indexing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Benchmarks;

/// <summary>
/// Embedding every fact of the seeds as a reindex does, with the model itself (no remembered vectors), on one and two
/// threads sharing one model; and a reindex that reuses the previous generation's vectors.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class EmbeddingBuildBenchmarks
{
    private ServiceProvider _services = null!;
    private IReadOnlyList<IndexedFact> _facts = null!;
    private string _folder = null!;
    private string _previous = null!;

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = AnswerBenchmarks.FindRoot();
        var indexPath = Path.Combine(Path.GetTempPath(), "chatbot-bench-" + Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Knowledge:SeedsPath"] = Path.Combine(root, "seeds"),
                ["Knowledge:IndexPath"] = indexPath,
            })
            .Build();
        _services = new ServiceCollection().AddLogging().AddKnowledge(configuration, root).BuildServiceProvider();
        _services.GetRequiredService<IKnowledgeAdmin>().EnsureLoaded();
        var snapshot = _services.GetRequiredService<KnowledgeIndex>().Current!;
        (_facts, _previous) = (snapshot.Model.Facts, snapshot.Path!);
        _folder = Directory.CreateTempSubdirectory("chatbot-bench-vectors-").FullName;
    }

    [Benchmark(Description = "embed all seed facts")]
    public int EmbedAll() => Vectors().Build(_folder, _facts, previousFolder: null)!.Count;

    [Benchmark(Description = "reindex reusing stored vectors")]
    public int ReuseAll() => Vectors().Build(_folder, _facts, _previous)!.Count;

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private GenerationVectors Vectors() =>
        new(Options.Create(new EmbeddingOptions { Threads = Threads }), new ArcticSentenceEncoder(remember: false), NullLogger<GenerationVectors>.Instance);
}
