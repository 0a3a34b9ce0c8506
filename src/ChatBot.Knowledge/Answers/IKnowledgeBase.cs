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
}
