using ChatBot.Knowledge.Answers.Reading;
using ChatBot.Knowledge.Answers.Retrieval;
using ChatBot.Knowledge.Answers.Composing;

namespace ChatBot.Knowledge.Answers.Ranking;

/// <summary>
/// Re-ranks retrieval hits: how much of the question the sentence covers (and its paragraph, as context), whether
/// it holds the kind of answer asked for next to the question's words, whether the question's phrases stay
/// together, whether it falls in the period the question names, and its BM25 relevance.
/// </summary>
internal static class FactRanker
{
    /// <summary>How much the sentence's source covering the question counts, next to the sentence and its paragraph.</summary>
    private const double SourceShare = 0.15;

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
            var coverage = question.Coverage(WithoutVerbOnlyNouns(hit.Fact.PassageTerms, hit.Fact.Paragraph.Block.Text, question));
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
            // The article's opening breaks ties between sentences that share the same words with the question: the
            // one from the article about the Almaty talks answers "who did he meet in Almaty?".
            var source = SourceShare * hit.SourceCoverage;
            // Closeness in meaning is kept for answerability, not added to the score: as a ranking signal it moved no
            // question of the dev, held-out and tuning sets to the right sentence and moved one away from it.
            var score = coverage + 0.3 * context + 0.25 * hit.Relevance + 0.1 * hit.ParagraphRelevance + typeBonus + phrase + period + source - shortPenalty;
            scored.Add(new ScoredFact(hit.Fact, coverage, support, score, span) { Meaning = hit.Meaning, Standout = StandoutOf(hit.Fact, question) });
        }

        scored.Sort((a, b) => b.Score.CompareTo(a.Score));
        PreferNeighbourWithPredicate(question, scored);
        return scored;
    }

    /// <summary>
    /// How far the sentence stands out in meaning. One naming its subject only in the sentence before ("… tasked with
    /// overseeing these transport links") means little on its own, so it stands out as far as its passage's best sentence.
    /// </summary>
    private static double StandoutOf(Indexing.IndexedFact fact, ParsedQuestion question) =>
        PassageBuilder.NamesItsSubjectBefore(fact)
            ? PassageBuilder.Sentences(fact, wholeQuotations: false).Max(f => question.Meaning.Standout(f.Id))
            : question.Meaning.Standout(fact.Id);

    /// <summary>
    /// "When did the regulations enter into force?": the best sentence may name the subject and some other date ("agreed
    /// to finalize the regulations by July 1") while the next one says when it happened ("it came into force on
    /// November 1"). A when-question ends on its predicate; a neighbouring sentence of the same paragraph that holds a
    /// date and the predicate the best sentence lacks answers it instead.
    /// </summary>
    private static void PreferNeighbourWithPredicate(ParsedQuestion question, List<ScoredFact> scored)
    {
        if (question.AnswerType != AnswerType.Date || scored.Count < 2) return;
        var best = scored[0];
        var predicate = question.Concepts.LastOrDefault(c => !c.FromFocus);
        // A name ("in Brussels") says where, not what happened.
        if (predicate is null || predicate.Share(best.Fact.PassageTerms) > 0 || question.Entities.Any(e => NameHas(question.Text, e, predicate.Word))) return;
        var at = scored.FindIndex(f => f.AnswerSpan is not null
            && f.Support >= DirectAnswerComposer.MinSupport
            && f.Coverage >= best.Coverage / 2
            && f.Fact.Paragraph.Id == best.Fact.Paragraph.Id
            && Math.Abs(f.Fact.SentenceIndex - best.Fact.SentenceIndex) == 1
            && predicate.Share(f.Fact.PassageTerms) > 0);
        if (at <= 0) return;
        var neighbour = scored[at];
        scored.RemoveAt(at);
        scored.Insert(0, neighbour with { Score = best.Score });
    }

    private static bool NameHas(string text, Facts.EntityMention mention, string word) =>
        mention.Span.Of(text).Contains(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "What present": a passage that has the asked noun's stem only as a verb ("presented") doesn't name the
    /// thing; its terms lose the noun, so only related words ("gifted") count for it.
    /// </summary>
    private static IReadOnlySet<string> WithoutVerbOnlyNouns(IReadOnlySet<string> terms, string text, ParsedQuestion question)
    {
        var verbOnly = question.Concepts.Where(c => c.IsAskedNoun && c.IsIn(terms) && !UsesAsNoun(text, c.Word)).ToList();
        if (verbOnly.Count == 0) return terms;
        var kept = new HashSet<string>(terms, StringComparer.Ordinal);
        kept.ExceptWith(verbOnly.SelectMany(c => c.Terms));
        return kept;
    }

    /// <summary>The word itself or its plural in the text, not just a form with a verb ending.</summary>
    private static bool UsesAsNoun(string text, string word)
    {
        var lower = text.ToLowerInvariant();
        for (var at = lower.IndexOf(word, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if (at > 0 && char.IsLetter(lower[at - 1])) continue;
            var end = at + word.Length;
            while (end < lower.Length && char.IsLetter(lower[end])) end++;
            if (lower[(at + word.Length)..end] is "" or "s" or "es") return true;
        }

        return false;
    }

    private static bool CountsAskedNoun(RetrievedFact hit, ParsedQuestion question) =>
        hit.Fact.Fact.Quantities.Any(q => AnswerSpanFinder.Counts(q, question) && AnswerSpanFinder.CountsAskedNoun(q, question));
}
