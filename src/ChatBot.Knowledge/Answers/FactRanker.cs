namespace ChatBot.Knowledge.Answers;

/// <summary>
/// Re-ranks retrieval hits: how much of the question the sentence covers (and its paragraph, as context), whether
/// it holds the kind of answer asked for next to the question's words, whether the question's phrases stay
/// together, whether it falls in the period the question names, and its BM25 relevance.
/// </summary>
internal static class FactRanker
{
    public static List<ScoredFact> Rank(ParsedQuestion question, IReadOnlyList<RetrievedFact> hits)
    {
        var scored = new List<ScoredFact>(hits.Count);
        // "How many articles": once some sentence counts articles, a number of something else ("80% of the points")
        // is no longer much of an answer.
        var countable = question.AnswerType == AnswerType.Quantity && hits.Any(h => CountsAskedNoun(h, question));
        foreach (var hit in hits)
        {
            var sentence = hit.Fact.Fact.Text;
            var period = question.Period?.Fit(hit.Fact) ?? 0;
            var coverage = question.Coverage(hit.Fact.PassageTerms);
            var context = question.Coverage(hit.Fact.Paragraph.Terms);
            if (question.Period is { } asked)
            {
                coverage = asked.Cover(coverage, question.TotalWeight, period);
                context = asked.Cover(context, question.TotalWeight, period);
            }

            var span = AnswerSpanFinder.Find(hit.Fact.Fact, question);
            var support = Math.Max(coverage, 0.6 * coverage + 0.4 * context);
            var typeBonus = span is null ? 0 : question.AnswerType == AnswerType.Thing ? 0.1 : 0.3;
            // An answer of the asked type right next to the question's words ("hosted by ... Murat Nurtleu",
            // "Armenia's “Crossroads of Peace” initiative") answers it; one elsewhere in the sentence may not.
            // Quantities have their own test: whether they count the asked noun.
            if (span is { } found && question.AnswerType is not (AnswerType.Thing or AnswerType.Quantity) && TermProximity.Distance(sentence, found.Start, found.End, question) <= TermProximity.Near)
            {
                typeBonus += question.AnswerType == AnswerType.Name ? 0.3 : 0.15;
            }

            if (countable)
            {
                typeBonus = CountsAskedNoun(hit, question) ? typeBonus + 0.25 : Math.Min(typeBonus, 0.1);
            }

            var shortPenalty = sentence.Length < 40 ? 0.15 : 0;
            var phrase = 0.2 * TermProximity.PhraseMatch(sentence, question);
            var score = coverage + 0.3 * context + 0.25 * hit.Relevance + 0.1 * hit.ParagraphRelevance + typeBonus + phrase + period - shortPenalty;
            scored.Add(new ScoredFact(hit.Fact, coverage, support, score, span));
        }

        scored.Sort((a, b) => b.Score.CompareTo(a.Score));
        return scored;
    }

    private static bool CountsAskedNoun(RetrievedFact hit, ParsedQuestion question) =>
        hit.Fact.Fact.Quantities.Any(q => !q.IsOrdinal && AnswerSpanFinder.CountsAskedNoun(q, question));
}
