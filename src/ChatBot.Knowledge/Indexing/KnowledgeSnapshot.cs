using ChatBot.Knowledge.Embeddings;
using Lucene.Net.Search;
using LDirectory = Lucene.Net.Store.Directory;

namespace ChatBot.Knowledge.Indexing;

/// <summary>
/// One generation of the knowledge: the corpus model and the Lucene index built from it. Immutable; a reindex
/// builds a new snapshot and swaps it in while requests still running finish on this one.
/// </summary>
internal sealed class KnowledgeSnapshot : IDisposable
{
    private readonly LDirectory _directory;
    private readonly Lazy<FactLedger?> _ledger;

    public KnowledgeSnapshot(int version, DateTimeOffset builtAt, string? path, LDirectory directory, CorpusModel model, IReadOnlySet<string> vocabulary, FactLedger? ledger = null, FactVectors? vectors = null)
        : this(version, builtAt, path, directory, model, vocabulary, new Lazy<FactLedger?>(ledger), vectors)
    {
    }

    /// <summary>A snapshot whose ledger is read when first needed (subscriptions, "what's new"), not when it opens.</summary>
    public KnowledgeSnapshot(int version, DateTimeOffset builtAt, string? path, LDirectory directory, CorpusModel model, IReadOnlySet<string> vocabulary, Lazy<FactLedger?> ledger, FactVectors? vectors)
    {
        Vectors = vectors;
        _ledger = ledger;
        Version = version;
        BuiltAt = builtAt;
        Path = path;
        _directory = directory;
        Model = model;
        Vocabulary = vocabulary;
        Searchers = new SearcherManager(directory, new Bm25SearcherFactory());
    }

    public int Version { get; }

    /// <summary>Fingerprint of the seeds this generation was built from; null for an in-memory index.</summary>
    public string? Fingerprint { get; init; }

    public DateTimeOffset BuiltAt { get; }

    /// <summary>The generation folder, or null for an in-memory index.</summary>
    public string? Path { get; }

    public CorpusModel Model { get; }

    /// <summary>Unstemmed words of the corpus, for spelling correction.</summary>
    public IReadOnlySet<string> Vocabulary { get; }

    public SearcherManager Searchers { get; }

    /// <summary>Which version each fact first appeared in; null for an index built without one.</summary>
    public FactLedger? Ledger => _ledger.Value;

    /// <summary>The sentence vector of every fact, by fact id; null when embeddings are off.</summary>
    public FactVectors? Vectors { get; }

    /// <summary>The index version <paramref name="fact"/> first appeared in (this version when there is no ledger).</summary>
    public int FirstSeenVersion(IndexedFact fact) => Ledger?.FirstSeen(fact) ?? Version;

    /// <summary>Stops serving this generation; its folder goes when the last reader is released.</summary>
    public void Retire()
    {
        var searcher = Searchers.Acquire();
        searcher.IndexReader.AddReaderDisposedListener(new DeleteFolderWhenClosed(Path, _directory));
        Searchers.Release(searcher);
        Searchers.Dispose();
    }

    public void Dispose()
    {
        Searchers.Dispose();
        _directory.Dispose();
    }
}
