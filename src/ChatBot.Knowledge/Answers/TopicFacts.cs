using System.Runtime.CompilerServices;
using ChatBot.Knowledge.Indexing;

namespace ChatBot.Knowledge.Answers;

/// <summary>
/// The facts on each topic, in corpus order, worked out once per generation on first use: a status, timeline or
/// position question on a topic reads its facts from here instead of testing every fact of the corpus.
/// </summary>
internal static class TopicFacts
{
    private static readonly ConditionalWeakTable<CorpusModel, Dictionary<string, IndexedFact[]>> Cache = [];

    public static IReadOnlyList<IndexedFact> Of(CorpusModel model, string topicId) =>
        Cache.GetValue(model, Build).GetValueOrDefault(topicId) ?? [];

    private static Dictionary<string, IndexedFact[]> Build(CorpusModel model)
    {
        var byTopic = new Dictionary<string, List<IndexedFact>>(StringComparer.Ordinal);
        foreach (var fact in model.Facts)
        {
            // A fact listing a topic twice is still one fact on it.
            foreach (var topic in fact.Fact.Topics.Distinct(StringComparer.Ordinal))
            {
                if (!byTopic.TryGetValue(topic, out var facts)) byTopic[topic] = facts = [];
                facts.Add(fact);
            }
        }

        return byTopic.ToDictionary(t => t.Key, t => t.Value.ToArray(), StringComparer.Ordinal);
    }
}
