using ChatBot.Knowledge.Facts;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace ChatBot.Knowledge.Indexing;

/// <summary>The analyzers of the index (stemmed with aliases, and the exact twin), shared by indexing and questions.</summary>
internal sealed class KnowledgeText : IDisposable
{
    public KnowledgeText(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        var aliases = AliasSynonyms.Build(gazetteer.Entries.Select(e => (IReadOnlyList<string>)[e.Name, .. e.Aliases]));
        Stemmed = new KnowledgeAnalyzer(aliases, stem: true);
        Exact = new KnowledgeAnalyzer(null, stem: false);
        PerField = new PerFieldAnalyzerWrapper(Stemmed, new Dictionary<string, Analyzer> { [FieldNames.TextExact] = Exact });
    }

    public Analyzer Stemmed { get; }

    public Analyzer Exact { get; }

    public Analyzer PerField { get; }

    public IReadOnlySet<string> Terms(string text) =>
        TokenReader.Read(Stemmed, text).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);

    public void Dispose()
    {
        PerField.Dispose();
        Stemmed.Dispose();
        Exact.Dispose();
    }
}
