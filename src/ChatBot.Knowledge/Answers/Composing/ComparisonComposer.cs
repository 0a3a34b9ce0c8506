using ChatBot.Knowledge.Facts;
using ChatBot.Knowledge.Indexing;
using ChatBot.Knowledge.Answers.Reading;
using ChatBot.Knowledge.Answers.Ranking;

namespace ChatBot.Knowledge.Answers.Composing;

/// <summary>
/// "How do Armenia and Azerbaijan differ on X": each party's statements on the topic as a labelled group, the
/// groups one after the other; a party with no statement on it is named in the notice.
/// </summary>
internal static class ComparisonComposer
{
    private const int PerParty = 3;

    public static Answer? Compose(ParsedQuestion question, CorpusModel model, KnowledgeText text, IReadOnlyList<ScoredFact> ranked, Gazetteer gazetteer)
    {
        var parties = question.Parties.Take(2).ToList();
        // A sentence that speaks for both parties ("Both Yerevan and Baku have announced ...") shows no difference.
        var groups = parties
            .Select(p => (Party: p, Statements: PositionComposer.Statements(question, p, model, ranked, gazetteer, PerParty, f => !parties.Any(o => o != p && FactTraits.Of(model).States(f.Fact, o, gazetteer)))))
            .ToList();
        if (groups.All(g => g.Statements.Count == 0)) return null;
        var citations = new CitationFactory(model);
        var lines = groups
            .SelectMany(g => g.Statements.Select(f => PositionComposer.Line(f, g.Party, question, text, citations, g.Party.Label)))
            .ToList();
        var missing = groups.Where(g => g.Statements.Count == 0).Select(g => g.Party.Label).ToList();
        var notice = missing.Count > 0
            ? $"I found no statement by {string.Join(" or ", missing)} on this in the sources. "
            : $"{string.Join(" and ", parties.Select(p => p.Label))} side by side, newest first. ";
        var all = groups.SelectMany(g => g.Statements);
        return new Answer(AnswerKind.Comparison, lines, citations.Citations, notice + LatestStatusComposer.Freshness(all), [], null);
    }
}
