namespace ChatBot.Knowledge.Answers;

/// <summary>
/// Re-ranks retrieval hits: how much of the question the sentence covers (and its paragraph, as context), whether
/// it holds the kind of answer asked for, and its BM25 relevance.
/// </summary>
internal static class FactRanker
{
    public static List<ScoredFact> Rank(ParsedQuestion question, IReadOnlyList<RetrievedFact> hits)
    {
        var scored = new List<ScoredFact>(hits.Count);
        foreach (var hit in hits)
        {
            var coverage = question.Coverage(hit.Fact.PassageTerms);
            var context = question.Coverage(hit.Fact.Paragraph.Terms);
            var span = AnswerSpanFinder.Find(hit.Fact.Fact, question);
            var support = Math.Max(coverage, 0.6 * coverage + 0.4 * context);
            var typeBonus = span is null ? 0 : question.AnswerType == AnswerType.Thing ? 0.1 : 0.3;
            if (question.AnswerType == AnswerType.Quantity && hit.Fact.Fact.Quantities.Any(q => !q.IsOrdinal && AnswerSpanFinder.CountsAskedNoun(q, question)))
            {
                typeBonus += 0.25;
            }

            var shortPenalty = hit.Fact.Fact.Text.Length < 40 ? 0.15 : 0;
            var score = coverage + 0.3 * context + 0.25 * hit.Relevance + 0.1 * hit.ParagraphRelevance + typeBonus - shortPenalty;
            scored.Add(new ScoredFact(hit.Fact, coverage, support, score, span));
        }

        scored.Sort((a, b) => b.Score.CompareTo(a.Score));
        return scored;
    }
}
