using ChatBot.Knowledge.Facts;
using ChatBot.Knowledge.Indexing;
using Lucene.Net.Search;
using ChatBot.Knowledge.Answers.Reading;
using ChatBot.Knowledge.Answers.Retrieval;
using ChatBot.Knowledge.Answers.Ranking;

namespace ChatBot.Knowledge.Answers.Composing;

/// <summary>Picks the composer for a question's intent; a plain answer is the fallback when a special one finds nothing.</summary>
internal static class IntentComposer
{
    public static Answer? Compose(ParsedQuestion parsed, Func<string, ParsedQuestion> parse, KnowledgeSnapshot snapshot, IndexSearcher searcher, KnowledgeText text, Gazetteer gazetteer, int maxCitations)
    {
        var model = snapshot.Model;
        if (AnswerScope.AsksAfterSources(parsed, model)) return null;
        List<ScoredFact> Rank() => parsed.Concepts.Count == 0 ? [] : FollowUpRanker.Rerank(parsed, FactRanker.Rank(parsed, FollowUpRanker.WithFocus(parsed, FactRetriever.Retrieve(parsed, snapshot, searcher), model)), model);
        // A question naming something the sources never mention is about something else, or names it in words they
        // don't use ("Meghri", a spelling no alias covers): no answer, but what comes closest, saying that the name isn't in the sources.
        if (parsed.UnknownNames.Count > 0) return ClosestPassageComposer.Compose(parsed, Rank(), model, text);
        // "The latest on the Mars mission": a status, timeline or position question on no known topic that uses a
        // word the sources never do asks about something they don't cover, however many other words they share; an
        // everyday word they happen not to use ("Grigoryan's most recent take") is only how it is put.
        if (parsed.Intent is QuestionIntent.Latest or QuestionIntent.Timeline or QuestionIntent.Position or QuestionIntent.Comparison
            && parsed.Topic is null
            && !AsksWhatSomeoneSaid(parsed)
            && parsed.Concepts.Any(c => !c.FromFocus && !c.Terms.Any(model.DocumentFrequency.ContainsKey) && !SpellingCorrector.IsCommonWord(c.Word)))
        {
            return ClosestPassageComposer.ByMeaning(parsed, Rank(), model, text);
        }

        var ranked = Rank();
        var answer = parsed.Intent switch
        {
            QuestionIntent.Latest => LatestStatusComposer.Compose(parsed, model, text, ranked),
            QuestionIntent.Timeline => TimelineComposer.Compose(parsed, LatestStatusComposer.Relevant(parsed, model, ranked), model, text),
            QuestionIntent.Changes => ChangesComposer.Compose(parsed, model, text, ranked, AnchorHits(parsed, parse, snapshot, searcher)),
            QuestionIntent.Position => PositionComposer.Compose(parsed, model, text, ranked, gazetteer),
            QuestionIntent.Comparison => ComparisonComposer.Compose(parsed, model, text, ranked, gazetteer),
            _ => null,
        };
        // A status, timeline or position question on no known topic that its own composer can't answer is declined
        // with the topics listed, rather than answered from whichever sentence shares a word with it.
        var fallback = parsed.Concepts.Count > 0 && (parsed.Intent == QuestionIntent.Question || parsed.Topic is not null);
        return answer
            ?? (fallback ? DirectAnswerComposer.Compose(parsed, ranked, model, text, maxCitations) : null)
            ?? ClosestPassageComposer.Compose(parsed, ranked, model, text)
            ?? ClosestPassageComposer.ByMeaning(parsed, ranked, model, text);
    }

    /// <summary>
    /// "What did Mirzoyan say about the mood of the talks?": a named speaker anchors the question in the sources
    /// however it words the subject ("mood" for "atmosphere"), so their statements are weighed by meaning
    /// (<see cref="PositionComposer"/>) before the question is declined for a word the sources don't use.
    /// </summary>
    private static bool AsksWhatSomeoneSaid(ParsedQuestion parsed) =>
        parsed.Intent == QuestionIntent.Position && parsed.Parties is [{ Person: not null }, ..];

    private static List<ScoredFact> AnchorHits(ParsedQuestion parsed, Func<string, ParsedQuestion> parse, KnowledgeSnapshot snapshot, IndexSearcher searcher)
    {
        if (parsed.Anchor is not { } anchor) return [];
        var question = parse(anchor);
        return question.Concepts.Count == 0 ? [] : FactRanker.Rank(question, FactRetriever.Retrieve(question, snapshot, searcher));
    }
}
