using ChatBot.Knowledge.Tests.Corpus;

namespace ChatBot.Knowledge.Tests.Support;

/// <summary>The real engine over the repository's seeds with sentence vectors switched off: words alone.</summary>
public sealed class LexicalKnowledgeFixture() : IDisposable
{
    public KnowledgeFixture Engine { get; } = new(SeedsFolder.Path, embeddings: false);

    public void Dispose() => Engine.Dispose();
}
