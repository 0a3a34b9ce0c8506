using Microsoft.Extensions.Options;

namespace ChatBot.Knowledge.Embeddings;

/// <summary>
/// Question vectors for retrieval, or null when embeddings are switched off, so answering code needs no other check.
/// Recent questions are remembered (people repeat them), so a repeated question costs a lookup.
/// </summary>
internal sealed class QueryEmbeddings(IOptions<EmbeddingOptions> options, ISentenceEncoder encoder)
{
    private const int CacheCapacity = 1024;

    private readonly LruCache<string, float[]> _cache = new(CacheCapacity, StringComparer.Ordinal);

    /// <summary>False when <see cref="EmbeddingOptions.Enabled"/> is off: <see cref="Embed"/> returns null.</summary>
    public bool IsEnabled => options.Value.Enabled;

    /// <summary>
    /// The unit-length vector of <paramref name="question"/> (shared with later callers: read it, never change it),
    /// or null when embeddings are off or the question is blank.
    /// </summary>
    public float[]? Embed(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (!IsEnabled || string.IsNullOrWhiteSpace(question)) return null;
        return _cache.GetOrAdd(question.Trim(), encoder.EmbedQuery);
    }
}
