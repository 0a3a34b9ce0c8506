using System.Numerics.Tensors;
using ChatBot.Knowledge.Embeddings;

namespace ChatBot.Knowledge.Tests.Embeddings;

/// <summary>The real model, as it ships in the package.</summary>
public sealed class ArcticSentenceEncoderTests
{
    private readonly ArcticSentenceEncoder _encoder = new();

    [Fact]
    public void EmbedPassages_ParaphraseScoresHigherThanUnrelatedSentence()
    {
        var vectors = _encoder.EmbedPassages([
            "The foreign ministers of Armenia and Azerbaijan met in Almaty to discuss the peace treaty.",
            "Armenian and Azerbaijani diplomats held peace talks in Kazakhstan.",
            "The bakery on the corner sells fresh bread every morning.",
        ]);

        Assert.True(TensorPrimitives.Dot(vectors[0], vectors[1]) > TensorPrimitives.Dot(vectors[0], vectors[2]) + 0.1f);
    }

    [Fact]
    public void EmbedPassages_VectorsHaveUnitLength()
    {
        var vector = _encoder.EmbedPassages(["Border delimitation commissions met on the state border."])[0];

        Assert.Equal(_encoder.Dimensions, vector.Length);
        Assert.Equal(1f, TensorPrimitives.Norm(vector), 3);
    }

    [Fact]
    public void EmbedQuery_AppliesTheSearchInstruction()
    {
        const string question = "who hosted the talks in Almaty?";

        var query = _encoder.EmbedQuery(question);
        var passages = _encoder.EmbedPassages([ArcticSentenceEncoder.QueryInstruction + question, question]);

        Assert.Equal(1f, TensorPrimitives.Dot(query, passages[0]), 4);
        Assert.True(TensorPrimitives.Dot(query, passages[1]) < 0.99f);
    }

    [Fact]
    public void EmbedQuery_AnswerScoresHigherThanOtherFact()
    {
        var query = _encoder.EmbedQuery("who hosted the talks in Almaty?");
        var facts = _encoder.EmbedPassages([
            "The talks were hosted by Kazakhstan's foreign minister Murat Nurtleu.",
            "Azerbaijan held a presidential election in February.",
        ]);

        Assert.True(TensorPrimitives.Dot(query, facts[0]) > TensorPrimitives.Dot(query, facts[1]));
    }

    [Fact]
    public void EmbedPassages_CurlyAndStraightQuotes_SameVector()
    {
        var vectors = _encoder.EmbedPassages(["Blinken said peace was \u201cwithin reach\u201d \u2014 again.", "Blinken said peace was \"within reach\" - again."]);

        Assert.Equal(1f, TensorPrimitives.Dot(vectors[0], vectors[1]), 4);
    }

    [Fact]
    public void EmbedQuery_CalledFromSeveralThreads_SameVectorsAsOneByOne()
    {
        var questions = Enumerable.Range(0, 16).Select(i => $"what happened in round {i} of the talks?").ToArray();
        var parallel = new float[questions.Length][];

        Parallel.For(0, questions.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = _encoder.EmbedQuery(questions[i]));
        var oneByOne = questions.Select(_encoder.EmbedQuery).ToArray();

        for (var i = 0; i < questions.Length; i++) Assert.Equal(1f, TensorPrimitives.Dot(parallel[i], oneByOne[i]), 4);
    }
}
