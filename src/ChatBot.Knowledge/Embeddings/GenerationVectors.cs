using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using ChatBot.Knowledge.Indexing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Knowledge.Embeddings;

/// <summary>
/// The fact vectors of an index generation: computed when the generation is built, stored in its folder
/// (<see cref="VectorFile"/>) and read back when it is opened. A vector is reused whenever the same text was embedded
/// for the previous generation, so a reindex embeds only new or changed sentences. With embeddings off nothing is
/// embedded, written or read.
/// </summary>
internal sealed partial class GenerationVectors(IOptions<EmbeddingOptions> options, ISentenceEncoder encoder, ILogger<GenerationVectors> logger)
{
    /// <summary>Texts one thread embeds before taking more work.</summary>
    private const int WorkItemSize = 64;

    /// <summary>
    /// Embeds the facts of a new generation into <paramref name="folder"/>, reusing the vectors stored in
    /// <paramref name="previousFolder"/> for texts that did not change, counting the sentences embedded in
    /// <paramref name="progress"/>. Null when embeddings are off.
    /// </summary>
    public FactVectors? Build(string folder, IReadOnlyList<IndexedFact> facts, string? previousFolder, BuildProgress? progress = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (!options.Value.Enabled) return null;
        var previous = previousFolder is null ? null : Usable(VectorFile.TryRead(previousFolder));
        var vectors = Embed(TextsOf(facts), previous, progress);
        VectorFile.Write(folder, vectors);
        return vectors;
    }

    /// <summary>
    /// The vectors stored with the generation in <paramref name="folder"/>. A generation built while embeddings were
    /// off (or by another model, or with a damaged file) gets its vectors now, reusing the rows that still fit, and
    /// they are written so the next start reads them. Null when embeddings are off.
    /// </summary>
    public FactVectors? Open(string folder, IReadOnlyList<IndexedFact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (!options.Value.Enabled) return null;
        var texts = TextsOf(facts);
        var stored = Usable(VectorFile.TryRead(folder));
        if (stored is not null && Matches(stored, texts)) return stored;
        Log.StoredVectorsMissing(logger, folder);
        var vectors = Embed(texts, stored);
        VectorFile.Write(folder, vectors);
        return vectors;
    }

    private static string[] TextsOf(IReadOnlyList<IndexedFact> facts)
    {
        var texts = new string[facts.Count];
        foreach (var fact in facts) texts[fact.Id] = fact.Fact.Text;
        return texts;
    }

    private FactVectors? Usable(FactVectors? stored) =>
        stored is not null && stored.ModelId == encoder.ModelId && stored.Dimensions == encoder.Dimensions ? stored : null;

    private static bool Matches(FactVectors stored, string[] texts)
    {
        if (stored.Count != texts.Length) return false;
        for (var i = 0; i < texts.Length; i++)
        {
            if (stored.TextHashes[i] != TextHash.Of(texts[i])) return false;
        }

        return true;
    }

    private FactVectors Embed(string[] texts, FactVectors? previous, BuildProgress? progress = null)
    {
        var started = Stopwatch.GetTimestamp();
        var dimensions = encoder.Dimensions;
        var hashes = texts.Select(TextHash.Of).ToArray();
        var values = new float[(long)texts.Length * dimensions];
        var reusable = RowsByHash(previous);
        var toEmbed = new Dictionary<UInt128, List<int>>();
        var reused = 0;
        for (var row = 0; row < texts.Length; row++)
        {
            if (reusable.TryGetValue(hashes[row], out var old))
            {
                previous![old].CopyTo(values.AsSpan(row * dimensions, dimensions));
                reused++;
            }
            else (CollectionsMarshal.GetValueRefOrAddDefault(toEmbed, hashes[row], out _) ??= []).Add(row);
        }

        // Similar lengths side by side: the model pads each batch to its longest text.
        var pending = toEmbed.Values.OrderBy(rows => texts[rows[0]].Length).ToArray();
        progress?.EmbeddingSentences(pending.Length);
        if (pending.Length > 0) EmbedInParallel(texts, pending, values, dimensions, progress);
        var elapsed = Stopwatch.GetElapsedTime(started);
        Log.Embedded(logger, pending.Length, reused, elapsed.TotalMilliseconds);
        return new FactVectors(encoder.ModelId, dimensions, hashes, values);
    }

    /// <summary>Embeds the first text of each group of rows on <see cref="EmbeddingOptions.Threads"/> threads and copies it to every row of the group.</summary>
    private void EmbedInParallel(string[] texts, List<int>[] pending, float[] values, int dimensions, BuildProgress? progress) =>
        Parallel.ForEach(
            Partitioner.Create(0, pending.Length, WorkItemSize),
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.Threads },
            range =>
            {
                var batch = pending[range.Item1..range.Item2];
                var embedded = encoder.EmbedPassages(batch.Select(rows => texts[rows[0]]).ToArray());
                for (var i = 0; i < batch.Length; i++)
                {
                    foreach (var row in batch[i]) embedded[i].CopyTo(values.AsSpan(row * dimensions, dimensions));
                }

                progress?.Embedded(batch.Length);
            });

    private static Dictionary<UInt128, int> RowsByHash(FactVectors? previous)
    {
        var rows = new Dictionary<UInt128, int>();
        if (previous is null) return rows;
        for (var row = 0; row < previous.Count; row++) rows.TryAdd(previous.TextHashes[row], row);
        return rows;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1060, Level = LogLevel.Information, Message = "Embedded {Embedded} new texts and reused {Reused} stored vectors in {ElapsedMs} ms")]
        public static partial void Embedded(ILogger logger, int embedded, int reused, double elapsedMs);

        [LoggerMessage(EventId = 1061, Level = LogLevel.Information, Message = "Index generation {Folder} has no usable fact vectors; embedding its facts now")]
        public static partial void StoredVectorsMissing(ILogger logger, string folder);
    }
}
