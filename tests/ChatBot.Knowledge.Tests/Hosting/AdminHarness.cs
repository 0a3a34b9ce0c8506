using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Hosting;
using ChatBot.Knowledge.Indexing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Knowledge.Tests.Hosting;

/// <summary>
/// The engine as the host wires it (AddKnowledge) over a given seeds folder and index folder, nothing loaded yet.
/// A second harness on the same index folder plays the next start of the host.
/// </summary>
internal sealed class AdminHarness : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly bool _ownsIndex;

    public AdminHarness(string seedsPath, string? indexPath = null, IReindexListener? listener = null)
    {
        _ownsIndex = indexPath is null;
        IndexPath = indexPath ?? Path.Combine(Path.GetTempPath(), "chatbot-index-" + Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Knowledge:SeedsPath"] = seedsPath,
                ["Knowledge:IndexPath"] = IndexPath,
            })
            .Build();
        var services = new ServiceCollection().AddLogging().AddKnowledge(configuration, AppContext.BaseDirectory);
        if (listener is not null) services.AddSingleton(listener);
        _services = services.BuildServiceProvider();
    }

    public string IndexPath { get; }

    public IKnowledgeAdmin Admin => _services.GetRequiredService<IKnowledgeAdmin>();

    public IKnowledgeBase Knowledge => _services.GetRequiredService<IKnowledgeBase>();

    internal KnowledgeIndex Index => _services.GetRequiredService<KnowledgeIndex>();

    internal AnswerWarmUp WarmUp => _services.GetRequiredService<AnswerWarmUp>();

    public Answer Ask(string text) => Knowledge.Ask(new Question(text));

    public void Dispose()
    {
        _services.Dispose();
        if (!_ownsIndex) return;
        try
        {
            Directory.Delete(IndexPath, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
