using ChatBot.Knowledge.Embeddings;
using ChatBot.Knowledge.Indexing;
using ChatBot.Knowledge.Tests.Support;

namespace ChatBot.Knowledge.Tests.Embeddings;

/// <summary>The real model over the repository's seeds, wired as the host wires it.</summary>
public sealed class SeedVectorsTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Fact]
    public void Vectors_EveryFactHasOne()
    {
        var snapshot = fixture.Get<KnowledgeIndex>().Current!;

        Assert.NotNull(snapshot.Vectors);
        Assert.Equal(snapshot.Model.Facts.Count, snapshot.Vectors.Count);
    }

    [Theory]
    [InlineData("Which country's minister hosted the talks in Kazakhstan?", "Nurtleu")]
    [InlineData("Did Washington think an agreement was close?", "within reach")]
    public void Nearest_ReworderedQuestion_FindsTheFactThatAnswersIt(string question, string answer)
    {
        var snapshot = fixture.Get<KnowledgeIndex>().Current!;
        var query = fixture.Get<QueryEmbeddings>().Embed(question)!;

        var nearest = snapshot.Vectors!.Nearest(query, 5);

        Assert.Contains(nearest, n => snapshot.Model.Facts[n.FactId].Fact.Text.Contains(answer, StringComparison.Ordinal));
    }
}
