using System.Numerics.Tensors;
using ChatBot.Knowledge.Embeddings;

namespace ChatBot.Knowledge.Tests.Support;

/// <summary>
/// A small, fast stand-in for the embedding model: each word adds to one of 64 dimensions, so texts that share words
/// are similar. Counts what it is asked to embed.
/// </summary>
internal sealed class WordHashEncoder : ISentenceEncoder
{
    private int _passages;
    private int _queries;

    public string ModelId => "word-hash-64";

    public int Dimensions => 64;

    public int PassagesEmbedded => Volatile.Read(ref _passages);

    public int QueriesEmbedded => Volatile.Read(ref _queries);

    public float[] EmbedQuery(string question)
    {
        Interlocked.Increment(ref _queries);
        return Vector(question);
    }

    public float[][] EmbedPassages(IReadOnlyList<string> passages)
    {
        Interlocked.Add(ref _passages, passages.Count);
        return passages.Select(Vector).ToArray();
    }

    private float[] Vector(string text)
    {
        var vector = new float[Dimensions];
        foreach (var word in text.ToLowerInvariant().Split([' ', ',', '.', '?', '"'], StringSplitOptions.RemoveEmptyEntries))
        {
            vector[(int)(TextHashOf(word) % (uint)Dimensions)] += 1;
        }

        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0) TensorPrimitives.Divide(vector, norm, vector);
        return vector;
    }

    private static uint TextHashOf(string word) => (uint)(TextHash.Of(word) & uint.MaxValue);
}
