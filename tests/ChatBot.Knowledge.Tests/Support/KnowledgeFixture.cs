using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Hosting;
using ChatBot.Knowledge.Tests.Corpus;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Knowledge.Tests.Support;

/// <summary>The real engine over the repository's seeds, with its index in a temporary folder.</summary>
public sealed class KnowledgeFixture : IDisposable
{
    private readonly ServiceProvider _services;

    public KnowledgeFixture() : this(SeedsFolder.Path)
    {
    }

    /// <summary>An engine over another seeds folder (made-up articles in tests).</summary>
    internal KnowledgeFixture(string seedsPath)
        : this(seedsPath, embeddings: true)
    {
    }

    /// <summary>An engine over <paramref name="seedsPath"/>, with or without sentence vectors.</summary>
    internal KnowledgeFixture(string seedsPath, bool embeddings)
    {
        IndexPath = Path.Combine(Path.GetTempPath(), "chatbot-index-" + Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Knowledge:SeedsPath"] = seedsPath,
                ["Knowledge:IndexPath"] = IndexPath,
                ["Knowledge:Embeddings:Enabled"] = embeddings ? "true" : "false",
            })
            .Build();
        _services = new ServiceCollection()
            .AddLogging()
            .AddKnowledge(configuration, AppContext.BaseDirectory)
            .BuildServiceProvider();
        Admin.EnsureLoaded();
    }

    public string IndexPath { get; }

    public IKnowledgeBase Knowledge => _services.GetRequiredService<IKnowledgeBase>();

    public IKnowledgeAdmin Admin => _services.GetRequiredService<IKnowledgeAdmin>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public Answer Ask(string text, ConversationFocus? focus = null) => Knowledge.Ask(new Question(text, focus));

    public void Dispose()
    {
        _services.Dispose();
        try
        {
            Directory.Delete(IndexPath, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
