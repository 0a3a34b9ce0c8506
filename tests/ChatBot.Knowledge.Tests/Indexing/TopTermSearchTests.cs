using ChatBot.Knowledge.Indexing;
using ChatBot.Knowledge.Tests.Evaluation;
using ChatBot.Knowledge.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ChatBot.Knowledge.Tests.Indexing;

/// <summary>
/// The pruned search must find exactly what Lucene's own query finds: the same documents with the same scores in the
/// same order, since retrieval scores feed the ranking and a changed tie would change answers.
/// </summary>
public sealed class TopTermSearchTests(LexicalKnowledgeFixture fixture) : IClassFixture<LexicalKnowledgeFixture>
{
    public static TheoryData<string, int> KindsAndCounts() => new()
    {
        { FieldNames.FactKind, 60 },
        { FieldNames.FactKind, 3 },
        { FieldNames.ParagraphKind, 20 },
        { FieldNames.ParagraphKind, 1 },
    };

    [Theory]
    [MemberData(nameof(KindsAndCounts))]
    public void Search_EvaluationQuestions_FindsWhatLuceneFinds(string kind, int count)
    {
        var questions = EvalCase.Load(Path.Combine(AppContext.BaseDirectory, "Evaluation", "dev.jsonl"))
            .Concat(EvalCase.Load(Path.Combine(AppContext.BaseDirectory, "Evaluation", "heldout.jsonl")))
            .Select(c => c.Turns[0]);
        var index = fixture.Engine.Get<KnowledgeIndex>();
        var text = fixture.Engine.Get<KnowledgeText>();

        index.Use((snapshot, searcher) =>
        {
            foreach (var question in questions)
            {
                // Weighted as questions weigh their words: rare words count more.
                var terms = text.Terms(question).Select(t => new WeightedTerm(new Term(FieldNames.Text, t), (float)snapshot.Model.Idf(t))).ToList();
                AssertSameHits(searcher, kind, terms, count);
            }

            return 0;
        });
    }

    [Fact]
    public void Search_RepeatedAndUnknownTermsAndSmallBoosts_FindsWhatLuceneFinds()
    {
        var terms = new List<WeightedTerm>
        {
            new(new Term(FieldNames.Text, "armenia"), 0.7f),
            new(new Term(FieldNames.Text, "border"), 2.5f),
            new(new Term(FieldNames.Text, "border"), 2.5f),
            new(new Term(FieldNames.Text, "delimit"), 0.05f),
            new(new Term(FieldNames.Text, "nosuchwordanywhere"), 9f),
            new(new Term(FieldNames.Text, "commiss"), 4f),
        };

        fixture.Engine.Get<KnowledgeIndex>().Use((_, searcher) =>
        {
            AssertSameHits(searcher, FieldNames.FactKind, terms, 60);
            AssertSameHits(searcher, FieldNames.ParagraphKind, terms, 20);
            AssertSameHits(searcher, FieldNames.FactKind, terms[4..5], 10);
            return 0;
        });
    }

    private static void AssertSameHits(IndexSearcher searcher, string kind, List<WeightedTerm> terms, int count)
    {
        var words = new BooleanQuery();
        foreach (var term in terms) words.Add(new TermQuery(term.Term) { Boost = term.Boost }, Occur.SHOULD);
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(FieldNames.Kind, kind)), Occur.MUST },
            { words, Occur.MUST },
        };
        var expected = terms.Count == 0 ? [] : searcher.Search(query, count).ScoreDocs.Select(h => (h.Doc, h.Score)).ToList();

        var actual = TopTermSearch.Search(searcher, new Term(FieldNames.Kind, kind), terms, count).Select(h => (h.Doc, h.Score)).ToList();

        Assert.Equal(expected, actual);
    }
}
