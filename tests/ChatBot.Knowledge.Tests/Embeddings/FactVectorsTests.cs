using ChatBot.Knowledge.Embeddings;
using ChatBot.Knowledge.Tests.Support;

namespace ChatBot.Knowledge.Tests.Embeddings;

public sealed class FactVectorsTests
{
    private static readonly string[] Facts =
    [
        "The border commissions met in Gabala.",
        "Blinken said a peace deal was within reach.",
        "Prisoners of war were exchanged in December.",
        "The foreign ministers met in Almaty on Friday.",
    ];

    private readonly WordHashEncoder _encoder = new();

    [Fact]
    public void Nearest_QuestionAboutOneFact_ReturnsThatFactFirst()
    {
        var vectors = CreateSut();

        var nearest = vectors.Nearest(_encoder.EmbedQuery("where did the foreign ministers meet on Friday?"), 2);

        Assert.Equal(2, nearest.Count);
        Assert.Equal(3, nearest[0].FactId);
        Assert.True(nearest[0].Similarity >= nearest[1].Similarity);
    }

    [Fact]
    public void Nearest_MoreThanThereAre_ReturnsAllBestFirst()
    {
        var vectors = CreateSut();

        var nearest = vectors.Nearest(_encoder.EmbedQuery("prisoners exchanged"), 10);

        Assert.Equal(Facts.Length, nearest.Count);
        Assert.Equal(2, nearest[0].FactId);
        Assert.Equal(nearest.OrderByDescending(n => n.Similarity).Select(n => n.FactId), nearest.Select(n => n.FactId));
    }

    [Fact]
    public void Similarity_SameText_IsOne()
    {
        var vectors = CreateSut();

        var similarity = vectors.Similarity(1, _encoder.EmbedQuery(Facts[1]));

        Assert.Equal(1f, similarity, 4);
    }

    [Fact]
    public void Nearest_QueryOfOtherLength_Throws()
    {
        var vectors = CreateSut();

        Assert.Throws<ArgumentException>(() => vectors.Nearest(new float[3], 1));
    }

    private FactVectors CreateSut() =>
        new(_encoder.ModelId, _encoder.Dimensions, Facts.Select(TextHash.Of).ToArray(), _encoder.EmbedPassages(Facts).SelectMany(v => v).ToArray());
}
