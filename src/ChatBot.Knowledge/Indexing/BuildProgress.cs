namespace ChatBot.Knowledge.Indexing;

/// <summary>
/// How far a running build is: the stage, its items done out of all ("sources" while reading, "sentences" while
/// embedding), and an estimate of the time left. Thread-safe.
/// </summary>
internal sealed class BuildProgress(int sources, TimeProvider clock)
{
    private const string ReadingSources = "reading sources";

    private readonly long _started = clock.GetTimestamp();
    private Stage _stage = new(ReadingSources, "sources", sources, clock.GetTimestamp());
    private int _done;

    public int Sources { get; } = sources;

    public int Done => Volatile.Read(ref _done);

    public TimeSpan Elapsed => clock.GetElapsedTime(_started);

    public void SourceDone() => Interlocked.Increment(ref _done);

    /// <summary>Moves on to writing the index: every source is read, and the write takes what it takes.</summary>
    public void WritingIndex() => Begin("writing the index", "sources", Sources, Sources);

    /// <summary>Moves on to embedding <paramref name="sentences"/> new sentences; <see cref="Embedded"/> counts them.</summary>
    public void EmbeddingSentences(int sentences) => Begin("embedding sentences", "sentences", sentences, 0);

    public void Embedded(int sentences) => Interlocked.Add(ref _done, sentences);

    /// <summary>
    /// The time left at the stage's pace so far, or null before its first item is done and once all are. While
    /// reading sources, writing the index is added: it takes about a third as long again as the reading.
    /// </summary>
    public TimeSpan? Remaining
    {
        get
        {
            var stage = Volatile.Read(ref _stage);
            var done = Done;
            if (done == 0 || done >= stage.Total) return null;
            var perItem = clock.GetElapsedTime(stage.Started) / done;
            var rest = perItem * (stage.Total - done);
            return stage.Name == ReadingSources ? rest + perItem * stage.Total / 3 : rest;
        }
    }

    public Hosting.ReindexProgress Snapshot()
    {
        var stage = Volatile.Read(ref _stage);
        var done = Math.Min(Done, stage.Total);
        var percent = stage.Total == 0 ? 100 : (int)(100L * done / stage.Total);
        return new(stage.Name, done, stage.Total, stage.Unit, percent, Elapsed, Remaining);
    }

    private void Begin(string name, string unit, int total, int done)
    {
        Volatile.Write(ref _stage, new Stage(name, unit, total, clock.GetTimestamp()));
        Volatile.Write(ref _done, done);
    }

    private sealed record Stage(string Name, string Unit, int Total, long Started);
}
