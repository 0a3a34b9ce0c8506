using ChatBot.Bot.Protocol;
using ChatBot.Bot.Tests.Dialogs;
using ChatBot.Knowledge.Corpus;
using ChatBot.Knowledge.Hosting;
using ChatBot.Knowledge.Indexing;
using NSubstitute;

namespace ChatBot.Bot.Tests.Commands.Admin;

public sealed class AdminCommandsTests
{
    private static readonly Source NewSource = new("005_new.txt", "Leaders initial the peace agreement", null, new DateOnly(2025, 8, 8), null, null, "inferred: the latest date the text mentions (2025-08-08)", false);

    [Fact]
    public async Task Say_ReindexAsAdmin_RunsReindexAndRepliesWithTheReport()
    {
        using var bot = new BotScript(adminIds: "user-1");
        bot.Admin.ReindexAsync(Arg.Any<CancellationToken>()).Returns(Built());

        var reply = await bot.SayAsync("reindex");

        await bot.Admin.Received(1).ReindexAsync(Arg.Any<CancellationToken>());
        Assert.StartsWith("Reindexed in 0.8 s: 6 sources (1 new, 0 changed, 0 removed), 190 paragraphs, 1,020 facts.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("New: Leaders initial the peace agreement (8 August 2025, inferred from the text because the catalog has no entry).", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Skipped: bad.txt (not UTF-8).", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reindex")]
    [InlineData("status")]
    [InlineData("/reindex")]
    public async Task Say_AdminCommandAsNonAdmin_RefusesPolitelyAndRunsNothing(string text)
    {
        using var bot = new BotScript(adminIds: "someone-else");

        var reply = await bot.SayAsync(text);

        Assert.StartsWith($"Sorry, only the bot's admins can run `{text.TrimStart('/')}`.", reply.Text, StringComparison.Ordinal);
        await bot.Admin.DidNotReceive().ReindexAsync(Arg.Any<CancellationToken>());
        bot.Admin.DidNotReceive().Reindex();
        _ = bot.Admin.DidNotReceive().Status;
    }

    [Fact]
    public async Task Say_TeamsMentionThenReindex_RunsForAdminByAadObjectId()
    {
        using var bot = new BotScript(ChannelIds.MsTeams, "channel", true, "aad-1");
        bot.User.AadObjectId = "aad-1";
        bot.Admin.ReindexAsync(Arg.Any<CancellationToken>()).Returns(Built());
        var mention = BotScript.Json("""{"type":"mention","mentioned":{"id":"28:bot-app-id","name":"ChatBot"},"text":"<at>ChatBot</at>"}""");

        var reply = await bot.SayAsync("<at>ChatBot</at> reindex", mention);

        Assert.StartsWith("Reindexed in", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Say_StatusAsAdmin_ShowsVersionSizesAndLastReport()
    {
        using var bot = new BotScript(adminIds: "user-1");
        bot.Admin.Status.Returns(new KnowledgeStatus(7, new DateTimeOffset(2025, 8, 9, 10, 30, 0, TimeSpan.Zero), 6, 190, 1020, Built()));

        var reply = await bot.SayAsync("status");

        Assert.StartsWith("Index version 7, built 9 August 2025 10:30 UTC: 6 sources, 190 paragraphs, 1,020 facts.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Last reindex: Reindexed in 0.8 s", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Say_StatusDuringAReindex_SaysOneIsRunning()
    {
        using var bot = new BotScript(adminIds: "user-1");
        bot.Admin.Status.Returns(new KnowledgeStatus(7, DateTimeOffset.UnixEpoch, 6, 190, 1020, Built()) { Rebuilding = true });

        var reply = await bot.SayAsync("status");

        Assert.Contains("A reindex is running now", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Say_StatusDuringALongReindex_ShowsSourcesDonePercentAndTimeLeft()
    {
        using var bot = new BotScript(adminIds: "user-1");
        var progress = new ReindexProgress("reading sources", 1200, 3087, "sources", 38, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(94.2));
        bot.Admin.Status.Returns(new KnowledgeStatus(7, DateTimeOffset.UnixEpoch, 6, 190, 1020, Built()) { Rebuilding = true, Progress = progress });

        var reply = await bot.SayAsync("status");

        Assert.Contains("A reindex is running now (reading sources: 1,200 of 3,087 sources, 38%, about 95 s left); this index keeps answering", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Say_StatusBeforeAnyIndex_SaysNothingServesYet()
    {
        using var bot = new BotScript(adminIds: "user-1");
        bot.Admin.Status.Returns(new KnowledgeStatus(0, null, 0, 0, 0, null));

        var reply = await bot.SayAsync("status");

        Assert.StartsWith("No index is serving yet", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Last reindex: none since the bot started.", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("user-1", "You are an admin")]
    [InlineData("someone-else", "You are not an admin")]
    public async Task Say_WhoAmI_ShowsTheCallersIdAndAdminState(string admin, string expected)
    {
        using var bot = new BotScript(adminIds: admin);

        var reply = await bot.SayAsync("whoami");

        Assert.StartsWith("Your user id on `emulator` is `user-1`.", reply.Text, StringComparison.Ordinal);
        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
    }

    private static ReindexReport Built() => new(
        ReindexOutcome.Built, 7, TimeSpan.FromSeconds(0.8), 6, 190, 1020, [NewSource], [], [], [new SkippedSeed("bad.txt", "not UTF-8")], [], null);
}
