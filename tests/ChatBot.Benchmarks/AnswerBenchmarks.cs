using BenchmarkDotNet.Attributes;
using ChatBot.Benchmarks.Corpus;
using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Benchmarks;

/// <summary>
/// Warm answer latency, one question of each kind, over the seeds and over synthetic corpora by size, with sentence
/// vectors off (lexical only) and on (the question's vector is remembered after the first ask, as in a warm host).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class AnswerBenchmarks
{
    private ServiceProvider _services = null!;
    private IKnowledgeBase _knowledge = null!;
    private string _indexPath = "";

    [ParamsSource(nameof(Sizes))]
    public int Paragraphs { get; set; }

    [Params(
        "Who hosted the talks in Almaty?",
        "How many villages in Tavush did Armenia hand over to Azerbaijan?",
        "What is the latest status of the peace treaty?",
        "Timeline of the border delimitation",
        "How do Armenia and Azerbaijan differ on regional communications?",
        "How long is the whole border between Armenia and Azerbaijan?",
        "What is the capital of Australia?")]
    public string Question { get; set; } = "";

    [Params(false, true)]
    public bool Vectors { get; set; }

    public static IEnumerable<int> Sizes() => BenchmarkCorpus.Sizes();

    [GlobalSetup]
    public void Setup()
    {
        _indexPath = Path.Combine(Path.GetTempPath(), "chatbot-bench-" + Guid.NewGuid().ToString("N"));
        _services = BenchmarkCorpus.Engine(BenchmarkCorpus.SeedsFor(Paragraphs), _indexPath, Vectors);
        _services.GetRequiredService<IKnowledgeAdmin>().EnsureLoaded();
        _knowledge = _services.GetRequiredService<IKnowledgeBase>();
    }

    [Benchmark]
    public Answer Ask() => _knowledge.Ask(new Question(Question));

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        if (Directory.Exists(_indexPath)) Directory.Delete(_indexPath, recursive: true);
    }

    internal static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatBot.sln"))) return dir.FullName;
        }

        return Directory.GetCurrentDirectory();
    }
}
