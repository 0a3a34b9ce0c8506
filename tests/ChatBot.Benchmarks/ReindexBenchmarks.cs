using BenchmarkDotNet.Attributes;
using ChatBot.Knowledge.Hosting;
using ChatBot.Knowledge.Indexing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Benchmarks;

/// <summary>
/// A full reindex of the repository's seeds (read, extract facts, write and check a generation, swap it in): what an
/// admin waits for after <c>reindex</c>.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ReindexBenchmarks
{
    private ServiceProvider _services = null!;
    private IKnowledgeAdmin _admin = null!;
    private string _indexPath = "";

    [GlobalSetup]
    public void Setup()
    {
        var root = AnswerBenchmarks.FindRoot();
        _indexPath = Path.Combine(Path.GetTempPath(), "chatbot-bench-reindex-" + Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Knowledge:SeedsPath"] = Path.Combine(root, "seeds"),
                ["Knowledge:IndexPath"] = _indexPath,
            })
            .Build();
        _services = new ServiceCollection().AddLogging().AddKnowledge(configuration, root).BuildServiceProvider();
        _admin = _services.GetRequiredService<IKnowledgeAdmin>();
        _admin.EnsureLoaded();
    }

    [Benchmark]
    public ReindexReport Reindex()
    {
        var report = _admin.Reindex();
        return report.Outcome == ReindexOutcome.Built ? report : throw new InvalidOperationException(report.Error);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        if (Directory.Exists(_indexPath)) Directory.Delete(_indexPath, recursive: true);
    }
}
