using System.ComponentModel.DataAnnotations;

namespace ChatBot.Knowledge.Embeddings;

/// <summary>Sentence vectors from the offline embedding model, used beside the words of a question to judge meaning.</summary>
public sealed class EmbeddingOptions
{
    public const string SectionName = "Knowledge:Embeddings";

    /// <summary>
    /// Embed every fact at reindex and every question when it is asked. False: retrieval is lexical only, the model
    /// is never loaded and no vector file is written or read.
    /// </summary>
    /// <value>Default true.</value>
    public bool Enabled { get; set; } = true;

    /// <summary>How many threads embed text during a reindex.</summary>
    /// <value>Default: the machine's processor count.</value>
    [Range(1, 256)] public int Threads { get; set; } = Environment.ProcessorCount;
}
