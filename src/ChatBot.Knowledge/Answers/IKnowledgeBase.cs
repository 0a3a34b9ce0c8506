using ChatBot.Knowledge.Corpus;

namespace ChatBot.Knowledge.Answers;

/// <summary>The question-answering engine as the dialog layer sees it. Thread-safe.</summary>
public interface IKnowledgeBase
{
    /// <summary>Answers a question from the sources. Never throws for bad input: returns an invalid or declined answer.</summary>
    Answer Ask(Question question);

    /// <summary>The sources currently indexed, newest first.</summary>
    IReadOnlyList<Source> Sources { get; }

    /// <summary>Example questions the bot can answer, for help texts and declines.</summary>
    IReadOnlyList<string> ExampleQuestions { get; }

    /// <summary>Display names of the topics the bot knows.</summary>
    IReadOnlyList<string> Topics { get; }

    /// <summary>Version of the serving index (0 while none is loaded); each reindex raises it.</summary>
    int CurrentVersion => 0;

    /// <summary>
    /// The topic <paramref name="text"/> names: an id, name or alias from the topics data file (case-insensitive,
    /// tolerant of a small typo), or an alias inside a longer phrase. Null when it names none.
    /// </summary>
    TopicMatch? ResolveTopic(string text) => null;

    /// <summary>
    /// Facts on a topic that first appeared in an index version after <paramref name="sinceVersion"/> (and not after
    /// <paramref name="untilVersion"/>, default the serving version), newest event first, each cited with its date and
    /// source. Null when there is nothing new, the topic id is unknown or no index is loaded.
    /// </summary>
    Answer? WhatsNew(string topicId, int sinceVersion, int? untilVersion = null) => null;
}
