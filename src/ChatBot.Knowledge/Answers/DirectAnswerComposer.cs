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
        var citations = new CitationFactory(model);
        var lead = LeadBuilder.Build(best, question, text.Terms, null, [citations.Cite(best.Fact)]);
        foreach (var other in ranked.Skip(1).Where(f => f.Support >= MinSupport * 0.9 && f.Score >= best.Score * 0.6))
        {
            if (citations.Citations.Count >= maxCitations) break;
            citations.Cite(other.Fact);
        }

        return new Answer(AnswerKind.Answered, [lead], citations.Citations, null, [], null);
    }
}
