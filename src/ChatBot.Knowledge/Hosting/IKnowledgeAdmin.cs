using ChatBot.Knowledge.Indexing;

namespace ChatBot.Knowledge.Hosting;

/// <summary>Loading and rebuilding the index, for the host, the command line and admin commands.</summary>
public interface IKnowledgeAdmin
{
    /// <summary>True once an index is loaded and questions can be answered.</summary>
    bool IsReady { get; }

    /// <summary>Opens the existing index when the seeds are unchanged, else builds one. Safe to call twice.</summary>
    ReindexReport EnsureLoaded();

    /// <summary>Builds a new index generation beside the serving one and swaps it in. One at a time.</summary>
    ReindexReport Reindex();

    /// <summary>
    /// Reindexes off the caller's thread, then tells every <see cref="IReindexListener"/> when a new generation serves.
    /// </summary>
    Task<ReindexReport> ReindexAsync(CancellationToken cancellationToken = default);

    /// <summary>Loads the index off the caller's thread, then tells every <see cref="IReindexListener"/>.</summary>
    Task<ReindexReport> EnsureLoadedAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Serves the generation another host announced (see <see cref="IHostCoordinator"/>), then tells every
    /// <see cref="IReindexListener"/>. Does nothing when that version already serves here.
    /// </summary>
    Task<ReindexReport> FollowAsync(IndexGeneration generation, CancellationToken cancellationToken = default);

    /// <summary>What is serving now, and the last (re)index result.</summary>
    KnowledgeStatus Status { get; }
}
