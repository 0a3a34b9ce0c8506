using System.Numerics.Tensors;

namespace ChatBot.Knowledge.Embeddings;

/// <summary>
/// The sentence vector of every fact of one index generation, row <c>i</c> for fact id <c>i</c>, each with the hash
/// of the text it was computed from. Vectors have unit length, so similarity is a dot product. Immutable and
/// thread-safe.
/// </summary>
internal sealed class FactVectors
{
    private readonly float[] _values;
    private readonly UInt128[] _textHashes;

    public FactVectors(string modelId, int dimensions, UInt128[] textHashes, float[] values)
    {
        ArgumentNullException.ThrowIfNull(textHashes);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        if (values.Length != (long)textHashes.Length * dimensions) throw new ArgumentException("Expected one row of vector values per text hash.", nameof(values));
        ModelId = modelId;
        Dimensions = dimensions;
        _textHashes = textHashes;
        _values = values;
    }

    /// <summary>The model the vectors come from.</summary>
    public string ModelId { get; }

    public int Dimensions { get; }

    /// <summary>Number of rows: the generation's fact count.</summary>
    public int Count => _textHashes.Length;

    /// <summary>The vector of fact <paramref name="factId"/>.</summary>
    public ReadOnlySpan<float> this[int factId] => _values.AsSpan(checked(factId * Dimensions), Dimensions);

    /// <summary>Hash of each row's text (<see cref="TextHash"/>), by fact id.</summary>
    public ReadOnlySpan<UInt128> TextHashes => _textHashes;

    /// <summary>All rows, one after another.</summary>
    public ReadOnlySpan<float> Values => _values;

    /// <summary>Cosine similarity of fact <paramref name="factId"/> and a question vector (-1 to 1; related text scores higher).</summary>
    public float Similarity(int factId, ReadOnlySpan<float> query)
    {
        CheckQuery(query);
        return TensorPrimitives.Dot(this[factId], query);
    }

    /// <summary>The <paramref name="count"/> facts most similar to <paramref name="query"/>, most similar first.</summary>
    public IReadOnlyList<(int FactId, float Similarity)> Nearest(ReadOnlySpan<float> query, int count)
    {
        var similarities = new float[Count];
        SimilarityToAll(query, similarities);
        return Top(similarities, count);
    }

    /// <summary>Writes the similarity of every fact to <paramref name="query"/> into <paramref name="similarities"/>, by fact id.</summary>
    public void SimilarityToAll(ReadOnlySpan<float> query, Span<float> similarities)
    {
        CheckQuery(query);
        if (similarities.Length != Count) throw new ArgumentException($"Expected room for {Count} similarities.", nameof(similarities));
        var rows = _values.AsSpan();
        for (var id = 0; id < similarities.Length; id++) similarities[id] = TensorPrimitives.Dot(rows.Slice(id * Dimensions, Dimensions), query);
    }

    /// <summary>The <paramref name="count"/> rows with the highest of <paramref name="similarities"/>, highest first.</summary>
    public static IReadOnlyList<(int FactId, float Similarity)> Top(ReadOnlySpan<float> similarities, int count)
    {
        count = Math.Min(count, similarities.Length);
        if (count <= 0) return [];
        var best = new PriorityQueue<int, float>(count + 1);
        for (var id = 0; id < similarities.Length; id++)
        {
            var similarity = similarities[id];
            if (best.Count < count) best.Enqueue(id, similarity);
            else if (best.TryPeek(out _, out var worst) && similarity > worst) best.DequeueEnqueue(id, similarity);
        }

        var nearest = new (int FactId, float Similarity)[best.Count];
        for (var i = nearest.Length - 1; best.TryDequeue(out var id, out var similarity); i--) nearest[i] = (id, similarity);
        return nearest;
    }

    private void CheckQuery(ReadOnlySpan<float> query)
    {
        if (query.Length != Dimensions) throw new ArgumentException($"The query vector has {query.Length} dimensions; these vectors have {Dimensions}.", nameof(query));
    }
}
