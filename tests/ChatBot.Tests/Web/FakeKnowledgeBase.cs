using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Corpus;

namespace ChatBot.Tests.Web;

public sealed class FakeKnowledgeBase : IKnowledgeBase
{
    public const string Example = "Who hosted the talks in Almaty?";

    public const string Latest = "What is the latest on border delimitation?";

    public IReadOnlyList<Source> Sources { get; } =
    [
        SampleArticle.Create().Source,
        new Source("older.txt", "Older talks", "Example Wire", new DateOnly(2023, 2, 1), null, null, "catalog", true),
    ];

    public IReadOnlyList<string> ExampleQuestions { get; } = [Example, Latest];

    public IReadOnlyList<string> Topics { get; } = ["Peace treaty", "Border delimitation"];

    public Answer Ask(Question question) => Answer.Decline("I couldn't find that in the sources.", ExampleQuestions);
}
