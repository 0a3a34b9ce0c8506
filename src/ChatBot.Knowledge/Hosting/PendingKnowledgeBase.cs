using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Corpus;

namespace ChatBot.Knowledge.Hosting;

internal sealed class PendingKnowledgeBase : IKnowledgeBase
{
    public IReadOnlyList<Source> Sources => [];

    public IReadOnlyList<string> ExampleQuestions => ["Who hosted the talks in Almaty?"];

    public IReadOnlyList<string> Topics => [];

    public Answer Ask(Question question) => Answer.Decline("I couldn't find that in the sources.", ExampleQuestions);
}
