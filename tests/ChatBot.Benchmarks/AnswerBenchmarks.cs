using BenchmarkDotNet.Attributes;
using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Benchmarks;

/// <summary>Warm answer latency over the repository's seeds, one question of each kind.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class AnswerBenchmarks
{
    private ServiceProvider _services = null!;
    private IKnowledgeBase _knowledge = null!;

    [Params(
        "Who hosted the talks in Almaty?",
        "How many villages in Tavush did Armenia hand over to Azerbaijan?",
        "What is the latest status of the peace treaty?",
        "Timeline of the border delimitation",
        "How do Armenia and Azerbaijan differ on regional communications?",
        "What is the capital of Australia?")]
    public string Question { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var root = FindRoot();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Knowledge:SeedsPath"] = Path.Combine(root, "seeds"),
                ["Knowledge:IndexPath"] = Path.Combine(Path.GetTempPath(), "chatbot-bench-" + Guid.NewGuid().ToString("N")),
            })
            .Build();
        _services = new ServiceCollection().AddLogging().AddKnowledge(configuration, root).BuildServiceProvider();
        _services.GetRequiredService<IKnowledgeAdmin>().EnsureLoaded();
        _knowledge = _services.GetRequiredService<IKnowledgeBase>();
    }

    [Benchmark]
    public Answer Ask() => _knowledge.Ask(new Question(Question));

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    internal static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatBot.sln"))) return dir.FullName;
        }

        return Directory.GetCurrentDirectory();
    }
}
