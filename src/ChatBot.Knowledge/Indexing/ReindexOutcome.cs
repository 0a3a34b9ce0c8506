namespace ChatBot.Knowledge.Indexing;

public enum ReindexOutcome
{
    /// <summary>The existing index matched the seeds and was opened.</summary>
    Opened,
    /// <summary>A new generation was built and now serves.</summary>
    Built,
    /// <summary>The build failed; the previous index keeps serving.</summary>
    Failed,
    /// <summary>Another reindex was running; nothing was done.</summary>
    AlreadyRunning,
}
