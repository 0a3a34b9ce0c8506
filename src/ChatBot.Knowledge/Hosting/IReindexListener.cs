using ChatBot.Knowledge.Indexing;

namespace ChatBot.Knowledge.Hosting;

/// <summary>
/// Told whenever an index generation starts serving: opened at start-up or built by a reindex. Subscribers use it to
/// push what is new; a listener compares <see cref="ReindexReport.Version"/> with what it has already handled.
/// </summary>
public interface IReindexListener
{
    /// <summary>Called after the swap, outside the build lock. Exceptions are logged and do not affect the index.</summary>
    Task OnServingAsync(ReindexReport report, CancellationToken cancellationToken);
}
