using BenchmarkDotNet.Attributes;
using ChatBot.Benchmarks.Corpus;
using ChatBot.Knowledge.Hosting;
using ChatBot.Knowledge.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Benchmarks;

/// <summary>
/// What an admin waits for, by corpus size (vectors off): a first build from nothing (read, extract facts, write and
/// check a generation, swap it in), a reindex after adding one article (the others are reused), and opening the
/// stored generation at start-up. Few iterations: one operation takes seconds to minutes on the larger corpora.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ReindexBenchmarks
{
    private string _seeds = "";
    private string _indexPath = "";
    private ServiceProvider? _services;
    private int _added;

    [ParamsSource(nameof(Sizes))]
    public int Paragraphs { get; set; }

    public static IEnumerable<int> Sizes() => BenchmarkCorpus.Sizes();

    [GlobalSetup]
    public void Setup() => _seeds = BenchmarkCorpus.SeedsFor(Paragraphs);

    [IterationSetup(Target = nameof(FullBuild))]
    public void FreshIndex()
    {
        _indexPath = NewIndexPath();
        _services = BenchmarkCorpus.Engine(_seeds, _indexPath);
    }

    [Benchmark]
    public ReindexReport FullBuild() => Built(_services!.GetRequiredService<IKnowledgeAdmin>().EnsureLoaded());

    [IterationSetup(Target = nameof(ReindexAfterAddingOne))]
    public void ServingWithOneMoreArticle()
    {
        if (_services is null)
        {
            _indexPath = NewIndexPath();
            _services = BenchmarkCorpus.Engine(_seeds, _indexPath);
            _services.GetRequiredService<IKnowledgeAdmin>().EnsureLoaded();
        }

        var template = Directory.EnumerateFiles(_seeds, "*.txt").Order(StringComparer.Ordinal).First();
        File.WriteAllText(AddedFile, File.ReadAllText(template) + $"\n\nThis is added article number {++_added}.\n");
    }

    [Benchmark]
    public ReindexReport ReindexAfterAddingOne() => Built(_services!.GetRequiredService<IKnowledgeAdmin>().Reindex());

    [IterationSetup(Target = nameof(OpenStored))]
    public void StoredIndex()
    {
        if (_services is null)
        {
            _indexPath = NewIndexPath();
            using var builder = BenchmarkCorpus.Engine(_seeds, _indexPath);
            builder.GetRequiredService<IKnowledgeAdmin>().EnsureLoaded();
        }

        _services?.Dispose();
        _services = BenchmarkCorpus.Engine(_seeds, _indexPath);
    }

    [Benchmark]
    public ReindexReport OpenStored()
    {
        var report = _services!.GetRequiredService<IKnowledgeAdmin>().EnsureLoaded();
        return report.Outcome == ReindexOutcome.Opened ? report : throw new InvalidOperationException("the stored index was not opened");
    }

    [IterationCleanup(Target = nameof(FullBuild))]
    public void DropIndex()
    {
        _services?.Dispose();
        _services = null;
        Delete(_indexPath);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services?.Dispose();
        _services = null;
        if (File.Exists(AddedFile)) File.Delete(AddedFile);
        Delete(_indexPath);
    }

    private string AddedFile => Path.Combine(_seeds, "zz_benchmark_added.txt");

    private static string NewIndexPath() => Path.Combine(Path.GetTempPath(), "chatbot-bench-reindex-" + Guid.NewGuid().ToString("N"));

    private static ReindexReport Built(ReindexReport report) =>
        report.Outcome is ReindexOutcome.Built or ReindexOutcome.Opened ? report : throw new InvalidOperationException(report.Error);

    private static void Delete(string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
