using System.Runtime.CompilerServices;
using ChatBot.Knowledge.Facts;
using ChatBot.Knowledge.Indexing;

namespace ChatBot.Knowledge.Answers.Retrieval;

/// <summary>
/// The facts on each topic, worked out once per generation on first use: a status, timeline or position question on a
/// topic reads its facts from here instead of testing every fact of the corpus.
/// </summary>
internal static class TopicFacts
{
    private static readonly ConditionalWeakTable<CorpusModel, Dictionary<string, OnTopic>> Cache = [];

    private static readonly OnTopic None = new([], [], default);

    public static OnTopic Of(CorpusModel model, string topicId) =>
        Cache.GetValue(model, Build).GetValueOrDefault(topicId) ?? None;

    /// <summary>
    /// The order of <see cref="Composing.LatestStatusComposer.NewestFirst"/> as far as it does not depend on the question: newest
    /// event first, then newest source, then a report dated to the month or closer; then corpus order.
    /// </summary>
    public static int NewestFirst(IndexedFact a, IndexedFact b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var order = SameNewness(a, b);
        return order != 0 ? order : a.Id.CompareTo(b.Id);
    }

    /// <summary>Zero when <see cref="NewestFirst"/> tells the facts apart only by corpus order.</summary>
    public static int SameNewness(IndexedFact a, IndexedFact b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        int order;
        if ((order = b.EffectiveDate.CompareTo(a.EffectiveDate)) != 0) return order;
        if ((order = b.Source.Published.CompareTo(a.Source.Published)) != 0) return order;
        return IsDatedEvent(b).CompareTo(IsDatedEvent(a));
    }

    /// <summary>Dated to the month or closer: "this year" dates an event hardly better than the publication does.</summary>
    public static bool IsDatedEvent(IndexedFact fact) => fact.When.Precision >= DatePrecision.Month;

    private static Dictionary<string, OnTopic> Build(CorpusModel model)
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

        return byTopic.ToDictionary(
            t => t.Key,
            t =>
            {
                var newestFirst = t.Value.ToArray();
                Array.Sort(newestFirst, NewestFirst);
                return new OnTopic(t.Value.ToArray(), newestFirst, t.Value.Max(f => f.Source.Published));
            },
            StringComparer.Ordinal);
    }
}

/// <summary>One topic's facts.</summary>
/// <param name="InCorpusOrder">By fact id.</param>
/// <param name="NewestFirst">In <see cref="TopicFacts.NewestFirst"/> order.</param>
/// <param name="NewestSource">The publication date of the newest source on the topic.</param>
internal sealed record OnTopic(IReadOnlyList<IndexedFact> InCorpusOrder, IReadOnlyList<IndexedFact> NewestFirst, DateOnly NewestSource);
