using ChatBot.Bot.Protocol;
using ChatBot.Hosting;

namespace ChatBot.Tests.Architecture;

/// <summary>
/// Folders of the bot library and the host depend on each other one way only, so a folder can be read, changed and
/// tested without the ones that use it.
/// </summary>
public sealed class FolderDependencyTests
{
    public static TheoryData<string> Libraries => new() { typeof(Activity).Assembly.Location, typeof(ChatBotApp).Assembly.Location };

    [Theory]
    [MemberData(nameof(Libraries))]
    public void No_folder_depends_on_another_in_a_circle(string assemblyPath)
    {
        var graph = NamespaceGraph.Read(assemblyPath);

        var cycles = graph.Cycles();

        Assert.True(cycles.Count == 0, Describe(graph, cycles));
    }

    private static string Describe(NamespaceGraph graph, IReadOnlyList<IReadOnlyList<string>> cycles) =>
        string.Join(Environment.NewLine, cycles.Select(cycle =>
            "Folders that depend on each other: " + string.Join(", ", cycle) + Environment.NewLine
            + string.Join(Environment.NewLine, cycle.Select(from =>
                $"  {from} -> {string.Join(", ", graph.Edges[from].Where(cycle.Contains))}"))));
}
