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
        var terms = new List<WeightedTerm>();
        foreach (var concept in question.Concepts)
        {
            terms.AddRange(concept.Terms.Select(term => new WeightedTerm(new Term(FieldNames.Text, term), (float)concept.Weight)));
            terms.AddRange(concept.Related.Select(r => new WeightedTerm(new Term(FieldNames.Text, r.Key), (float)(concept.Weight * r.Value))));
        }

        if (terms.Count == 0) return [];
        var scores = new Dictionary<int, float>();
        foreach (var hit in TopTermSearch.Search(searcher, new Term(FieldNames.Kind, kind), terms, count))
        {
            scores[DocumentOrdinals.Of(searcher, hit.Doc)] = hit.Score;
        }

        return scores;
    }
}
