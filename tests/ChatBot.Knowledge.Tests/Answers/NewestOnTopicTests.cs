using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Facts;
using ChatBot.Knowledge.Indexing;
using ChatBot.Knowledge.Tests.Support;
using ChatBot.Knowledge.Answers.Reading;
using ChatBot.Knowledge.Answers.Retrieval;
using ChatBot.Knowledge.Answers.Ranking;
using ChatBot.Knowledge.Answers.Composing;

namespace ChatBot.Knowledge.Tests.Answers;

/// <summary>
/// A status answer reads a topic's facts lazily from the list kept newest first; it must see them in the very order
/// (and with the very scores) that ordering all of them would give, or it would lead with another fact.
/// </summary>
public sealed class NewestOnTopicTests(LexicalKnowledgeFixture fixture) : IClassFixture<LexicalKnowledgeFixture>
{
    public static TheoryData<string> Questions()
    {
        var data = new TheoryData<string>();
        foreach (var topic in TopicCatalog.LoadDefault().Topics)
        {
            data.Add($"What's the latest on {topic.Aliases[0]}?");
            data.Add($"What is the status of the talks on {topic.Name.ToLowerInvariant()} between Pashinyan and Aliyev?");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public void OnTopicNewestFirst_EveryTopic_GivesTheOrderOfSortingAllItsFacts(string question)
    {
        var engine = fixture.Engine;
        var snapshot = engine.Get<KnowledgeIndex>().Current!;
        var parsed = engine.Get<QuestionParser>().Parse(question, null, snapshot);
        Assert.NotNull(parsed.Topic);
        var ranked = engine.Get<KnowledgeIndex>().Use((s, searcher) => FactRanker.Rank(parsed, FactRetriever.Retrieve(parsed, s, searcher)));

        var sorted = LatestStatusComposer.NewestFirst(LatestStatusComposer.Relevant(parsed, snapshot.Model, ranked), snapshot.Model);
        var lazy = LatestStatusComposer.OnTopicNewestFirst(parsed, snapshot.Model, TopicFacts.Of(snapshot.Model, parsed.Topic.Id), ranked);

        Assert.NotEmpty(sorted);
        Assert.Equal(sorted.Select(f => (f.Fact.Id, f.Score)), lazy.Take(sorted.Count + 1).Select(f => (f.Fact.Id, f.Score)));
    }
}
