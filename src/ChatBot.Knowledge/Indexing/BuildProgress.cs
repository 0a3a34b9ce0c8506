namespace ChatBot.Knowledge.Indexing;

/// <summary>How far a running build is: sources done out of all, and an estimate of the time left. Thread-safe.</summary>
internal sealed class BuildProgress(int sources, TimeProvider clock)
{
    private readonly long _started = clock.GetTimestamp();
    private int _done;

    public int Sources { get; } = sources;

    public int Done => Volatile.Read(ref _done);

    /// <summary>What the build is doing now ("reading sources", "writing the index").</summary>
    public string Stage { get; set; } = "reading sources";

    public TimeSpan Elapsed => clock.GetElapsedTime(_started);

    public void SourceDone() => Interlocked.Increment(ref _done);

    /// <summary>
    /// The time left at the pace so far, or null before the first source is done and once all are (writing the index
    /// then takes what it takes: little for a small change, most of the time when every article was reused).
    /// </summary>
    public TimeSpan? Remaining
    {
        get
        {
            var done = Done;
            if (done == 0 || done >= Sources) return null;
            // Extraction is most of a build; the index write after it takes about a third as long again.
            var perSource = Elapsed / done;
            return perSource * (Sources - done) + perSource * Sources / 3;
        }
    }

    public Hosting.ReindexProgress Snapshot() =>
        new(Stage, Done, Sources, Sources == 0 ? 100 : (int)(100L * Done / Sources), Elapsed, Remaining);
}
