using ChatBot.Knowledge.Indexing;
using ChatBot.Knowledge.Answers.Reading;
using ChatBot.Knowledge.Answers.Retrieval;
using ChatBot.Knowledge.Answers.Composing;

namespace ChatBot.Knowledge.Answers.Ranking;

/// <summary>
/// Ranks a follow-up's candidates against the conversation focus. Its own words are few ("what did they talk
/// about?", "and when did they actually kick in?"), so the sentences in and beside the last answer's passage join
/// the candidates and count more, and closeness in meaning to both turns read together counts as much as words.
/// </summary>
internal static class FollowUpRanker
{
    /// <summary>
    /// Added to the score of a sentence in or beside the last answer's passage, what the conversation is on, as far
    /// as the follow-up's own words leave open what it asks: "what did they agree on at their July meeting?" is
    /// answered by the sentence on the July meeting, not by the one that named the envoys.
    /// </summary>
    internal const double NearAnswerBonus = 0.25;

    /// <summary>
    /// Added to the score of a sentence naming the people a follow-up refers to ("what did they discuss?" after a
    /// question about Pashinyan and Erdogan): what they did, not what others did on the same subject.
    /// Calibrated on the tuning sets: 0.3 and 0.6 moved the same question to the right sentence and none away.
    /// </summary>
    internal const double ReferredPersonBonus = 0.3;

    /// <summary>How much closeness in meaning (0..1) adds to a follow-up's score when its words cover none of the question.</summary>
    internal const double MeaningWeight = 1.0;

    /// <summary>The hits, joined by the sentences in and beside the last answer's passage that words and meaning missed.</summary>
    public static IReadOnlyList<RetrievedFact> WithFocus(ParsedQuestion question, IReadOnlyList<RetrievedFact> hits, CorpusModel model)
    {
        if (!question.IsFollowUp || hits.Count == 0) return hits;
        var around = FocusPassages.Around(question.Focus, model);
        if (around.Count == 0) return hits;
        var found = hits.Select(h => h.Fact.Id).ToHashSet();
        var added = around.Where(f => !found.Contains(f.Id)).Select(f => new RetrievedFact(f, 0, 0)
        {
            SourceCoverage = question.Coverage(SourceTerms.Of(model, f.Source.File)),
            Meaning = question.Meaning.Closeness(f.Id),
        });
        return [.. hits, .. added];
    }

    /// <summary>
    /// A follow-up's candidates re-ordered with the focus and meaning; anything else as it was. The sentences in and
    /// beside the last answer's passage are what the conversation is on; they earn no credit for meaning, since their
    /// closeness comes from the previous question, which the follow-up's meaning text carries. Elsewhere meaning
    /// counts more the less the follow-up's words cover. A sentence of the last answer's passage that matches none of
    /// the follow-up's own words earns nothing for the focus: it would only say again what was just said ("where did
    /// he think a deal might come together?" after "who's Natig Jafarli?").
    /// </summary>
    public static List<ScoredFact> Rerank(ParsedQuestion question, List<ScoredFact> ranked, CorpusModel model)
    {
        if (!question.IsFollowUp || ranked.Count == 0) return ranked;
        var nearAnswer = FocusPassages.Around(question.Focus, model).Select(f => f.Id).ToHashSet();
        var said = FocusPassages.Inside(question.Focus, model).Select(f => f.Id).ToHashSet();
        var own = question.Concepts.Where(c => !c.FromFocus).ToList();
        var uncovered = 1 - Math.Min(1, ranked.Max(f => f.Support));
        var meaningWeight = MeaningWeight * uncovered;
        var rescored = ranked.Select(f =>
        {
            var near = nearAnswer.Contains(f.Fact.Id);
            var bonus = near ? NearAnswerBonus * uncovered : meaningWeight * f.Meaning;
            var names = NamesReferredPerson(question, f.Fact);
            if (names) bonus += ReferredPersonBonus;
            if (said.Contains(f.Fact.Id) && own.Count > 0 && !own.Any(c => c.Share(f.Fact.Terms) > 0)) bonus = 0; // only repeats the last answer
            return f with { Score = f.Score + bonus, InFocus = near || names };
        }).ToList();
        // Stable: equal scores keep the ranker's order.
        return rescored.Select((f, i) => (f, i)).OrderByDescending(p => p.f.Score).ThenBy(p => p.i).Select(p => p.f).ToList();
    }

    /// <summary>The passage names a person the follow-up refers to, or the sentence reports their words ("He speculated that …").</summary>
    private static bool NamesReferredPerson(ParsedQuestion question, IndexedFact fact) =>
        PassageBuilder.NamesAnyOf(fact, question.ReferredPeople)
        || fact.Fact.Speaker is { } speaker && question.ReferredPeople.Contains(speaker, StringComparer.Ordinal);
}
