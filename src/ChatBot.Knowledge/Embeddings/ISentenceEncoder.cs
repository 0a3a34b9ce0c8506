namespace ChatBot.Knowledge.Embeddings;

/// <summary>
/// Turns text into sentence vectors of one model. Vectors have unit length, so a dot product is the cosine
/// similarity. Implementations are thread-safe.
/// </summary>
public interface ISentenceEncoder
{
    /// <summary>Names the model; stored vectors of another model are never mixed with this one's.</summary>
    string ModelId { get; }

    /// <summary>Length of every vector.</summary>
    int Dimensions { get; }

    /// <summary>The vector of a question, with whatever instruction the model expects before a search query.</summary>
    float[] EmbedQuery(string question);

    /// <summary>The vectors of passages to be searched, one per passage, in order.</summary>
    float[][] EmbedPassages(IReadOnlyList<string> passages);
}
