using ChatBot.Knowledge.Answers.Retrieval;
using ChatBot.Knowledge.Answers.Composing;

namespace ChatBot.Knowledge.Answers;

/// <summary>Topics by name and what is new on them since an index version, for subscriptions.</summary>
internal sealed partial class KnowledgeBase
{
    // A pushed update stays short; the rest is one "what's the latest" question away.
    private const int MaxNewLines = 5;

    public int CurrentVersion => index.Current?.Version ?? 0;

    public TopicMatch? ResolveTopic(string text)
    {
        var topic = TopicMatcher.Resolve(topics, text ?? "");
        return topic is null ? null : new TopicMatch(topic.Id, topic.Name);
    }

    public Answer? WhatsNew(string topicId, int sinceVersion, int? untilVersion = null)
    {
        ArgumentNullException.ThrowIfNull(topicId);
        var topic = topics.Topics.FirstOrDefault(t => string.Equals(t.Id, topicId, StringComparison.Ordinal));
        var snapshot = index.Current;
        if (topic is null || snapshot is null) return null;
        return WhatsNewComposer.Compose(snapshot, topic, sinceVersion, untilVersion ?? snapshot.Version, Math.Min(MaxNewLines, options.Value.MaxCitations));
    }
}
