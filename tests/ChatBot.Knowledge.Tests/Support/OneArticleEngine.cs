using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Tests.Corpus;

namespace ChatBot.Knowledge.Tests.Support;

/// <summary>The engine over a seeds folder of one made-up article, words only (no sentence vectors), for tests of one behaviour.</summary>
internal sealed class OneArticleEngine : IDisposable
{
    private readonly TempSeeds _seeds = new();
    private readonly KnowledgeFixture _engine;

    public OneArticleEngine(string file, string article)
    {
        _seeds.Write(file, article);
        _engine = new KnowledgeFixture(_seeds.Path, embeddings: false);
    }

    public Answer Ask(string question) => _engine.Ask(question);

    public void Dispose()
    {
        _engine.Dispose();
        _seeds.Dispose();
    }
}
