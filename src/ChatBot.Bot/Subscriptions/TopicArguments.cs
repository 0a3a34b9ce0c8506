using ChatBot.Bot.Channels;
using ChatBot.Bot.Rendering;
using ChatBot.Knowledge.Answers;

namespace ChatBot.Bot.Subscriptions;

/// <summary>Reads the topic a subscription command names and words the replies about topics.</summary>
internal static class TopicArguments
{
    // "subscribe to the peace treaty", "unsubscribe from lachin": the linking word is not part of the topic.
    private static readonly string[] LinkingWords = ["to ", "from ", "on ", "about "];

    public static string Topic(string arguments)
    {
        var text = arguments.Trim();
        foreach (var word in LinkingWords)
        {
            if (text.StartsWith(word, StringComparison.OrdinalIgnoreCase)) return text[word.Length..].Trim();
        }

        return text;
    }

    public static string Known(IKnowledgeBase knowledge) =>
        knowledge.Topics.Count == 0 ? "" : $"Topics I follow: {string.Join(", ", knowledge.Topics)}.";

    public static string Unknown(IKnowledgeBase knowledge, string topic, TextStyle style) =>
        $"I don't follow a topic called {Markup.UserText(style, topic)}. {Known(knowledge)}".TrimEnd();

    public static string Name(IKnowledgeBase knowledge, string topicId) => knowledge.ResolveTopic(topicId)?.Name ?? topicId;
}
