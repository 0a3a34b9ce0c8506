using Lucene.Net.Index;
using Lucene.Net.Search;
using LDirectory = Lucene.Net.Store.Directory;

namespace ChatBot.Knowledge.Indexing;

/// <summary>
/// Checks a freshly written generation before it may serve: it holds documents, every source of the model is in it,
/// and a search for the words of one of its facts finds something.
/// </summary>
internal static class IndexValidator
{
    /// <summary>Null when the index may serve, else what is wrong with it.</summary>
    public static string? FindProblem(LDirectory directory, CorpusModel model)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(model);
        if (!DirectoryReader.IndexExists(directory)) return "the new index was not written";
        using var reader = DirectoryReader.Open(directory);
        if (reader.NumDocs == 0) return "the new index is empty";
        var searcher = new IndexSearcher(reader);
        foreach (var article in model.Articles)
        {
            if (searcher.Search(new TermQuery(new Term(FieldNames.File, article.Source.File)), 1).TotalHits == 0)
            {
                return $"{article.Source.File} is missing from the new index";
            }
        }

        var probe = model.Facts.FirstOrDefault(f => f.Terms.Count > 0);
        if (probe is null) return "no fact has searchable words";
        var query = new BooleanQuery();
        foreach (var term in probe.Terms.Take(BooleanQuery.MaxClauseCount)) query.Add(new TermQuery(new Term(FieldNames.Text, term)), Occur.SHOULD);
        return searcher.Search(query, 1).TotalHits > 0 ? null : $"a test search for words of {probe.Source.File} found nothing";
    }
}
