using ChatBot.Knowledge.Indexing;

namespace ChatBot.Knowledge.Answers;

/// <summary>Answers a plain question: the best fact as the lead, then the other supporting passages.</summary>
internal static class DirectAnswerComposer
{
    /// <summary>Below this support the sources don't answer the question.</summary>
    internal const double MinSupport = 0.5;

    /// <summary>Less support still answers a long, paraphrased question when the sentence matches enough of its distinctive words.</summary>
    private const double MinParaphraseSupport = 0.28;

    /// <summary>How many of the question's own words a paraphrased question's answer must match.</summary>
    private const int MinParaphraseWords = 3;

    /// <summary>The summed weight (inverse document frequency) those matched words must reach: rare words, not "Armenia".</summary>
    private const double MinParaphraseWeight = 9;

    public static Answer? Compose(ParsedQuestion question, IReadOnlyList<ScoredFact> ranked, CorpusModel model, KnowledgeText text, int maxCitations)
    {
        if (ranked.Count == 0 || !IsSupported(question, ranked[0])) return null;
        var best = ranked[0];
        if (!MatchesEnough(question, best) || !AnswerScope.Answers(question, best.Fact, model, text)) return null;
        var citations = new CitationFactory(model);
        var lead = LeadBuilder.Build(best, question, text.Terms, null, [citations.Cite(best.Fact)]);
        // A lead that introduces a list ("Two key points remain unresolved …:") is no answer without its items.
        var items = ListItems.After(best.Fact, model).Select(item => new AnswerLine(null, item.Fact.Text, null, [citations.Cite(item)])).ToList();
        foreach (var other in ranked.Skip(1).Where(f => f.Support >= MinSupport * 0.9 && f.Score >= best.Score * 0.6))
        {
            if (citations.Citations.Count >= maxCitations) break;
            citations.Cite(other.Fact);
        }

        return new Answer(AnswerKind.Answered, [lead, .. items], citations.Citations, null, [], null);
    }

    /// <summary>
    /// Half the question's weight answers it. A long question put in the asker's own words ("which clergyman
    /// spearheaded the demonstrations") shares less with its answer, but still several rare words at once, which a
    /// question about something else sharing a word or two ("the war in Ukraine") doesn't.
    /// </summary>
    private static bool IsSupported(ParsedQuestion question, ScoredFact best)
    {
        if (best.Support >= MinSupport) return true;
        if (best.Support < MinParaphraseSupport) return false;
        var matched = question.Concepts.Where(c => !c.FromFocus && c.Share(best.Fact.PassageTerms) > 0).ToList();
        return matched.Count >= MinParaphraseWords && matched.Sum(c => c.Weight * c.Share(best.Fact.PassageTerms)) >= MinParaphraseWeight;
    }

    /// <summary>
    /// One shared word is no answer ("title" / "titled") unless it names something the sources follow: a known
    /// entity or topic. Otherwise the sentence must share at least two of the question's words.
    /// </summary>
    private static bool MatchesEnough(ParsedQuestion question, ScoredFact best)
    {
        if (question.Entities.Count > 0 || question.Topic is not null) return true;
        var matched = question.Concepts.Count(c => c.Share(best.Fact.PassageTerms) > 0 || c.Share(best.Fact.Paragraph.Terms) > 0);
        return matched >= 2;
    }
}
