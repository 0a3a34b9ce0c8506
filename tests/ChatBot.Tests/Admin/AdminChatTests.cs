using System.Text.Json.Nodes;
using static ChatBot.Tests.Admin.AdminBotApplication;

namespace ChatBot.Tests.Admin;

/// <summary>An admin adds an article and sends <c>reindex</c> in the chat, as in the "done when".</summary>
public sealed class AdminChatTests
{
    private const string NewQuestion = "What is the transit route through Syunik to be called?";

    [Fact]
    public async Task Reindex_AdminAfterCopyingANewArticle_MakesItAnswerableAndANonAdminChangesNothing()
    {
        using var app = new AdminBotApplication();
        using var client = await app.ReadyClientAsync();
        var version = app.KnowledgeAdmin.Status.Version;
        NewArticle.CopyInto(app.SeedsPath);

        var refusal = (await SayAsync(client, Message("reindex", "29:someone")))[0];
        var unanswered = (await SayAsync(client, Message(NewQuestion, "29:someone")))[0];

        Assert.StartsWith("Sorry, only the bot's admins can run `reindex`.", Text(refusal), StringComparison.Ordinal);
        Assert.Equal(version, app.KnowledgeAdmin.Status.Version);
        Assert.DoesNotContain("Trump Route", Text(unanswered), StringComparison.Ordinal);

        var reindexing = SayAsync(client, Message("reindex", AdminId));
        var duringRebuild = new List<JsonNode>();
        while (!reindexing.IsCompleted && duringRebuild.Count < 20)
        {
            duringRebuild.Add((await SayAsync(client, Message("Who hosted the talks in Almaty?", $"29:asker-{duringRebuild.Count}")))[0]);
        }

        var report = Text((await reindexing)[0]);

        Assert.StartsWith("Reindexed in ", report, StringComparison.Ordinal);
        Assert.Contains("(1 new, 0 changed, 0 removed)", report, StringComparison.Ordinal);
        Assert.Contains($"New: {NewArticle.Title} (8 August 2025, inferred from the text because the catalog has no entry).", report, StringComparison.Ordinal);
        Assert.Equal(version + 1, app.KnowledgeAdmin.Status.Version);
        Assert.All(duringRebuild, r => Assert.Contains("Nurtleu", Text(r), StringComparison.Ordinal));

        var answer = (await SayAsync(client, Message(NewQuestion, "29:someone")))[0];
        var latest = (await SayAsync(client, Message("What's the latest on the peace treaty?", "29:someone")))[0];

        Assert.Contains("Trump Route for International Peace and Prosperity", Text(answer), StringComparison.Ordinal);
        Assert.Equal(NewArticle.Title, FirstCitedTitle(latest));
    }

    [Fact]
    public async Task Reindex_TeamsMentionFromAnAdminsAadObjectId_RunsAndStatusShowsIt()
    {
        using var app = new AdminBotApplication();
        using var client = await app.ReadyClientAsync();
        var activity = Message("<at>ChatBot</at> reindex", "29:1a2b3c", "msteams", AdminAadObjectId);
        activity["conversation"]!["conversationType"] = "channel";
        activity["entities"] = JsonNode.Parse("""[{"type":"mention","mentioned":{"id":"28:bot","name":"ChatBot"},"text":"<at>ChatBot</at>"}]""");

        var report = Text((await SayAsync(client, activity))[0]);
        var status = Text((await SayAsync(client, Message("status", AdminId)))[0]);

        Assert.StartsWith("Reindexed in ", report, StringComparison.Ordinal);
        Assert.StartsWith($"Index version {app.KnowledgeAdmin.Status.Version}, built ", status, StringComparison.Ordinal);
        Assert.Contains("Last reindex: Reindexed in ", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_NonAdmin_IsRefusedAndWhoAmIShowsTheirId()
    {
        using var app = new AdminBotApplication();
        using var client = await app.ReadyClientAsync();

        var refusal = Text((await SayAsync(client, Message("status", "29:someone")))[0]);
        var whoami = Text((await SayAsync(client, Message("whoami", "29:someone")))[0]);

        Assert.StartsWith("Sorry, only the bot's admins can run `status`.", refusal, StringComparison.Ordinal);
        Assert.StartsWith("Your user id on `emulator` is `29:someone`.", whoami, StringComparison.Ordinal);
    }

    private static string FirstCitedTitle(JsonNode reply) =>
        reply["entities"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "https://schema.org/Message")!["citation"]!.AsArray()[0]!["appearance"]!["name"]!.GetValue<string>();
}
