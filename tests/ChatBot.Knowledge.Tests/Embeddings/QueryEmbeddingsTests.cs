using ChatBot.Knowledge.Embeddings;
using ChatBot.Knowledge.Tests.Support;
using Microsoft.Extensions.Options;

namespace ChatBot.Knowledge.Tests.Embeddings;

public sealed class QueryEmbeddingsTests
{
    private readonly WordHashEncoder _encoder = new();

    [Fact]
    public void Embed_RepeatedQuestion_EmbeddedOnce()
    {
        var queries = CreateSut(enabled: true);

        var first = queries.Embed("who hosted the talks?");
        var second = queries.Embed(" who hosted the talks? ");

        Assert.NotNull(first);
        Assert.Same(first, second);
        Assert.Equal(1, _encoder.QueriesEmbedded);
    }

    [Fact]
    public void Embed_Disabled_NullAndNothingEmbedded()
    {
        var queries = CreateSut(enabled: false);

        Assert.Null(queries.Embed("who hosted the talks?"));
        Assert.Equal(0, _encoder.QueriesEmbedded);
    }

    [Fact]
    public void Embed_BlankQuestion_Null()
    {
        var queries = CreateSut(enabled: true);

        Assert.Null(queries.Embed("  "));
    }

    private QueryEmbeddings CreateSut(bool enabled) =>
        new(Options.Create(new EmbeddingOptions { Enabled = enabled }), _encoder);
}
