using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;
using ChatBot.Knowledge.Embeddings;
using ChatBot.Knowledge.Hosting;
using ChatBot.Knowledge.Indexing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Benchmarks;

/// <summary>
/// Sentence vectors at question time: embedding a question with the real model (fresh and remembered), similarity of
/// the candidates a question retrieves, and nearest facts over the seeds and over a synthetic 300,000-row matrix.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class EmbeddingBenchmarks
{
    private const int LargeRows = 300_000;

    private ServiceProvider _services = null!;
    private ArcticSentenceEncoder _encoder = null!;
    private QueryEmbeddings _queries = null!;
    private FactVectors _seedVectors = null!;
    private FactVectors _largeVectors = null!;
    private float[] _query = null!;
    private int[] _candidates = null!;

    public string Question { get; set; } = "Who hosted the talks between the Armenian and Azerbaijani foreign ministers in Almaty?";

    [GlobalSetup]
    public void Setup()
    {
        var root = AnswerBenchmarks.FindRoot();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Knowledge:SeedsPath"] = Path.Combine(root, "seeds"),
                ["Knowledge:IndexPath"] = Path.Combine(Path.GetTempPath(), "chatbot-bench-" + Guid.NewGuid().ToString("N")),
            })
            .Build();
        _services = new ServiceCollection().AddLogging().AddKnowledge(configuration, root).BuildServiceProvider();
        _services.GetRequiredService<IKnowledgeAdmin>().EnsureLoaded();
        _seedVectors = _services.GetRequiredService<KnowledgeIndex>().Current!.Vectors!;
        _queries = _services.GetRequiredService<QueryEmbeddings>();
        _encoder = new ArcticSentenceEncoder();
        _query = _encoder.EmbedQuery(Question);
        _candidates = Enumerable.Range(0, 60).Select(i => i * 3 % _seedVectors.Count).ToArray();
        _largeVectors = RandomVectors(LargeRows, _seedVectors.Dimensions);
    }

    [Benchmark(Description = "embed a question (model)")]
    public float[] EmbedQuestion() => _encoder.EmbedQuery(Question);

    [Benchmark(Description = "embed a repeated question (cache)")]
    public float[]? EmbedRepeatedQuestion() => _queries.Embed(Question);

    [Benchmark(Description = "similarity of 60 candidates (seeds)")]
    public float SimilarityOfCandidates()
    {
        var best = float.MinValue;
        foreach (var id in _candidates) best = Math.Max(best, _seedVectors.Similarity(id, _query));
        return best;
    }

    [Benchmark(Description = "nearest 20 (seeds)")]
    public IReadOnlyList<(int FactId, float Similarity)> NearestSeeds() => _seedVectors.Nearest(_query, 20);

    [Benchmark(Description = "nearest 20 (300k rows)")]
    public IReadOnlyList<(int FactId, float Similarity)> NearestLarge() => _largeVectors.Nearest(_query, 20);

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    private static FactVectors RandomVectors(int rows, int dimensions)
    {
        var random = new Random(13);
        var values = new float[rows * dimensions];
        for (var i = 0; i < values.Length; i++) values[i] = random.NextSingle() - 0.5f;
        for (var row = 0; row < rows; row++)
        {
            var span = values.AsSpan(row * dimensions, dimensions);
            TensorPrimitives.Divide(span, TensorPrimitives.Norm(span), span);
        }

        return new FactVectors("random", dimensions, new UInt128[rows], values);
    }
}
