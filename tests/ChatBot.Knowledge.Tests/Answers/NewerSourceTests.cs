using System.Text.Json.Nodes;
using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Tests.Corpus;
using ChatBot.Knowledge.Tests.Support;
using ChatBot.Knowledge.Answers.Reading;

namespace ChatBot.Knowledge.Tests.Answers;

/// <summary>The engine over a copy of the seeds, changed the way an admin would change them.</summary>
public sealed class NewerSourceTests
{
    private const string NewerFile = "005_test_border_commissions_meet.txt";

    private const string NewerArticle = """
        Armenian and Azerbaijani border commissions hold 11th meeting

        The border commissions of Armenia and Azerbaijan held their 11th meeting on January 16 in Gazakh, where they agreed to begin delimiting the next section of the state border in the north.

        Deputy Prime Minister Mher Grigoryan said after the meeting that the commissions will draw up a working schedule for the coming months.

        Azerbaijan's deputy prime minister Shahin Mustafayev called the talks constructive.
        """;

    [Fact]
    public void Ask_LatestAfterANewerArticleIsAdded_LeadsWithTheNewerArticle()
    {
        using var seeds = CopyOfSeeds(withNewer: true);
        using var engine = new KnowledgeFixture(seeds.Path);

        var answer = engine.Ask("What's the latest on the border delimitation?");

        Assert.Equal(AnswerKind.LatestStatus, answer.Kind);
        Assert.Equal(NewerFile, answer.Citations[0].File);
        Assert.StartsWith("As of 16 January 2025", answer.Lines[0].Prefix, StringComparison.Ordinal);
        Assert.Contains("The newest source on this is from 17 January 2025.", answer.Notice, StringComparison.Ordinal);
        Assert.Equal("001_c7b824baeb8dafed.txt", answer.Citations[1].File);
    }

    [Fact]
    public void Ask_LatestWithoutTheNewerArticle_LeadsWithTheYearInReview()
    {
        using var seeds = CopyOfSeeds(withNewer: false);
        using var engine = new KnowledgeFixture(seeds.Path);

        var answer = engine.Ask("What's the latest on the border delimitation?");

        Assert.Equal("001_c7b824baeb8dafed.txt", answer.Citations[0].File);
    }

    [Fact]
    public void Ask_LatestWhenSourcesOfTheSameWeekDisagree_ShowsBothViewsWithWhoSaidThem()
    {
        using var seeds = CopyOfSeeds(withNewer: false, only: ["002_", "003_"]);
        using var engine = new KnowledgeFixture(seeds.Path);

        var answer = engine.Ask("Where do things stand on the peace treaty?");

        Assert.Contains("Sources differ", answer.Notice, StringComparison.Ordinal);
        var progress = Assert.Single(answer.Lines, l => l.Prefix!.StartsWith("Progress: ", StringComparison.Ordinal));
        var obstacles = Assert.Single(answer.Lines, l => l.Prefix!.StartsWith("Obstacles: ", StringComparison.Ordinal));
        Assert.Equal("progress", StatusVocabulary.Default.StateOf(progress.Quote));
        Assert.Equal("stalled", StatusVocabulary.Default.StateOf(obstacles.Quote));
        Assert.Contains(new[] { "Jeyhun Bayramov", "Antony Blinken" }, who => progress.Prefix!.Contains(who, StringComparison.Ordinal));
        Assert.NotEqual(progress.Prefix, obstacles.Prefix);
    }

    private static TempSeeds CopyOfSeeds(bool withNewer, string[]? only = null)
    {
        var seeds = new TempSeeds();
        var catalog = JsonNode.Parse(File.ReadAllText(Path.Combine(SeedsFolder.Path, "catalog.json")))!;
        var sources = catalog["sources"]!.AsArray();
        foreach (var entry in sources.ToList())
        {
            var file = entry!["file"]!.GetValue<string>();
            if (only is not null && !only.Any(p => file.StartsWith(p, StringComparison.Ordinal)))
            {
                sources.Remove(entry);
                continue;
            }

            seeds.Write(file, File.ReadAllText(Path.Combine(SeedsFolder.Path, file)));
        }

        if (withNewer)
        {
            seeds.Write(NewerFile, NewerArticle);
            sources.Add(new JsonObject
            {
                ["file"] = NewerFile,
                ["title"] = "Armenian and Azerbaijani border commissions hold 11th meeting",
                ["titleKind"] = "headline",
                ["publisher"] = "Test Wire",
                ["published"] = "2025-01-17",
                ["dateBasis"] = "Reports the meeting of 16 January 2025 as held the day before.",
                ["url"] = null,
            });
        }

        seeds.Write("catalog.json", catalog.ToJsonString());
        return seeds;
    }
}
