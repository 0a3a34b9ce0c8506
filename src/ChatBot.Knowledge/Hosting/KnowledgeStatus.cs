using ChatBot.Knowledge.Indexing;

namespace ChatBot.Knowledge.Hosting;

/// <summary>The serving index: version, build time, sizes, the last (re)index report, and whether a build is running.</summary>
public sealed record KnowledgeStatus(int Version, DateTimeOffset? BuiltAt, int Sources, int Paragraphs, int Facts, ReindexReport? LastReport)
{
    /// <summary>True while a new generation is being built beside the serving one.</summary>
    public bool Rebuilding { get; init; }

    /// <summary>Fingerprint of the seeds the serving index was built from; null before one is loaded.</summary>
    public string? Fingerprint { get; init; }

    /// <summary>How far the running reindex is, or null when none runs.</summary>
    public ReindexProgress? Progress { get; init; }
}
