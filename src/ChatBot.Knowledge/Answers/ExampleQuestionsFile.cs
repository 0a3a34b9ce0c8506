using ChatBot.Knowledge.Data;

namespace ChatBot.Knowledge.Answers;

/// <summary>Example questions offered in help texts and declines (Data/examples.json).</summary>
internal static class ExampleQuestionsFile
{
    private sealed record File(List<string> Questions);

    public static IReadOnlyList<string> Load() => DataFile.Load<File>("examples.json").Questions;
}
