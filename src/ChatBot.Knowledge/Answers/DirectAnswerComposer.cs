using ChatBot.Knowledge.Indexing;

namespace ChatBot.Knowledge.Answers;

/// <summary>Answers a plain question: the best fact as the lead, then the other supporting passages.</summary>
internal static class DirectAnswerComposer
{
    /// <summary>Below this support the sources don't answer the question.</summary>
    internal const double MinSupport = 0.5;

    public static Answer? Compose(ParsedQuestion question, IReadOnlyList<ScoredFact> ranked, CorpusModel model, KnowledgeText text, int maxCitations)
    {
        if (ranked.Count == 0 || ranked[0].Support < MinSupport) return null;
        var best = ranked[0];
        if (!MatchesEnough(question, best)) return null;
        var citations = new CitationFactory(model);
        var lead = LeadBuilder.Build(best, question, text.Terms, null, [citations.Cite(best.Fact)]);
        foreach (var other in ranked.Skip(1).Where(f => f.Support >= MinSupport * 0.9 && f.Score >= best.Score * 0.6))
        {
            if (citations.Citations.Count >= maxCitations) break;
            citations.Cite(other.Fact);
        }

        return new Answer(AnswerKind.Answered, [lead], citations.Citations, null, [], null);
    }

    /// <summary>
    /// One shared word is no answer ("title" / "titled") unless it names something the sources follow: a known
    /// entity or topic. Otherwise the sentence must share at least two of the question's words.
    /// </summary>
    private static bool MatchesEnough(ParsedQuestion question, ScoredFact best)
    {
        if (question.Entities.Count > 0 || question.Topic is not null) return true;
        var matched = question.Concepts.Count(c => c.IsIn(best.Fact.PassageTerms) || c.IsIn(best.Fact.Paragraph.Terms));
        return matched >= 2;
    }
}
