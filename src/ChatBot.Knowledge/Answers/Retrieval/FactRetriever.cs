using ChatBot.Knowledge.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using ChatBot.Knowledge.Answers.Reading;

namespace ChatBot.Knowledge.Answers.Retrieval;

/// <summary>
/// Hybrid retrieval: BM25 over facts for a question's concepts (with each fact's paragraph score as context), joined
/// by the facts nearest the question in meaning.
/// </summary>
internal static class FactRetriever
{
    private const int MaxFacts = 60;
    private const int MaxParagraphs = 20;
    private const int MaxNearest = 20;

    public static IReadOnlyList<RetrievedFact> Retrieve(ParsedQuestion question, KnowledgeSnapshot snapshot, IndexSearcher searcher)
    {
        var facts = Search(searcher, question, FieldNames.FactKind, MaxFacts);
        if (facts.Count == 0) return [];
        var paragraphs = Search(searcher, question, FieldNames.ParagraphKind, MaxParagraphs);
        var bestFact = facts.Values.Max();
        var bestParagraph = paragraphs.Count == 0 ? 1 : paragraphs.Values.Max();
        // A sentence that says the same in other words shares few of them: the nearest by meaning join the candidates.
        foreach (var id in question.Meaning.Nearest(MaxNearest)) facts.TryAdd(id, 0);
        return facts.Select(kv =>
        {
            var fact = snapshot.Model.Facts[kv.Key];
            return new RetrievedFact(fact, kv.Value / bestFact, paragraphs.GetValueOrDefault(fact.Paragraph.Id) / bestParagraph)
            {
                SourceCoverage = question.Coverage(SourceTerms.Of(snapshot.Model, fact.Source.File)),
                Meaning = question.Meaning.Closeness(fact.Id),
            };
        }).ToList();
    }

    private static Dictionary<int, float> Search(IndexSearcher searcher, ParsedQuestion question, string kind, int count)
    {
        var terms = new BooleanQuery();
        foreach (var concept in question.Concepts)
        {
            foreach (var term in concept.Terms)
            {
                terms.Add(new TermQuery(new Term(FieldNames.Text, term)) { Boost = (float)concept.Weight }, Occur.SHOULD);
            }

            foreach (var (term, share) in concept.Related)
            {
                terms.Add(new TermQuery(new Term(FieldNames.Text, term)) { Boost = (float)(concept.Weight * share) }, Occur.SHOULD);
            }
        }

        if (terms.Clauses.Count == 0) return [];
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(FieldNames.Kind, kind)), Occur.MUST },
            { terms, Occur.MUST },
        };
        var hits = searcher.Search(query, count).ScoreDocs;
        var scores = new Dictionary<int, float>();
        foreach (var hit in hits)
        {
            var ordinal = searcher.Doc(hit.Doc).GetField(FieldNames.Ordinal).GetInt32Value() ?? -1;
            if (ordinal >= 0) scores[ordinal] = hit.Score;
        }

        return scores;
    }
}
