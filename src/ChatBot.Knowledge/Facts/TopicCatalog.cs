#pragma warning disable CA1822
namespace ChatBot.Knowledge.Facts;

/// <summary>The topics data file (Data/topics.json): tags sentences and resolves topics named in questions.</summary>
public sealed class TopicCatalog
{
    public TopicCatalog(IReadOnlyList<Topic> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        Topics = topics;
    }

    public IReadOnlyList<Topic> Topics { get; }

    public static TopicCatalog LoadDefault() => new([]);

    /// <summary>Ids of the topics a sentence is about; the section heading counts as context.</summary>
    public IReadOnlyList<string> Tag(string sentence, string? section) => [];

    /// <summary>The topic a question names, or null.</summary>
    public Topic? Resolve(string question) => null;
}
