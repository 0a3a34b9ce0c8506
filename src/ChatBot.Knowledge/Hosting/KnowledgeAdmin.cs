using ChatBot.Knowledge.Indexing;

namespace ChatBot.Knowledge.Hosting;

internal sealed class KnowledgeAdmin(KnowledgeIndex index) : IKnowledgeAdmin
{
    private readonly Lock _gate = new();
    private ReindexReport? _last;

    public bool IsReady => index.IsReady;

    public KnowledgeStatus Status
    {
        get
        {
            var current = index.Current;
            return new KnowledgeStatus(
                current?.Version ?? 0,
                current?.BuiltAt,
                current?.Model.Articles.Count ?? 0,
                current?.Model.Paragraphs.Count ?? 0,
                current?.Model.Facts.Count ?? 0,
                _last);
        }
    }

    public ReindexReport EnsureLoaded()
    {
        lock (_gate)
        {
            if (index.IsReady && _last is not null) return _last;
            var report = index.LoadOrBuild();
            if (report.Outcome != ReindexOutcome.AlreadyRunning) _last = report;
            return report;
        }
    }

    public ReindexReport Reindex()
    {
        var report = index.Rebuild();
        if (report.Outcome != ReindexOutcome.AlreadyRunning) _last = report;
        return report;
    }
}
