using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace ChatBot.Knowledge.Indexing;

/// <summary>Opens searchers with BM25, the similarity the index was written with.</summary>
internal sealed class Bm25SearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
}
