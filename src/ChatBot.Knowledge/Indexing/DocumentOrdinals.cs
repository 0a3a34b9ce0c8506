using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ChatBot.Knowledge.Indexing;

/// <summary>
/// The ordinal (paragraph or fact id) of a Lucene document. Lucene reads the ordinals of a segment once into its field
/// cache, kept as long as the segment is open, so a hit costs an array lookup rather than loading its stored fields.
/// </summary>
internal static class DocumentOrdinals
{
    public static int Of(IndexSearcher searcher, int doc)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return FieldCache.DEFAULT.GetInt32s(leaf.AtomicReader, FieldNames.Ordinal, FieldCache.NUMERIC_UTILS_INT32_PARSER, setDocsWithField: false).Get(doc - leaf.DocBase);
    }
}
