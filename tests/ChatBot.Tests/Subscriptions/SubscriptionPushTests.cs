using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Knowledge.Hosting;
using ChatBot.Knowledge.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Subscriptions;

/// <summary>
/// Subscriptions through the real host: subscribe over POST /api/messages, add an article, reindex, and watch what the
/// Connector receives.
/// </summary>
public sealed class SubscriptionPushTests : IDisposable
{
    private const string BorderArticle = """
        Border commissions agree to start work on the northern section

        The state commissions of Armenia and Azerbaijan on border delimitation met in Yerevan on 12 March 2025 and agreed to start work on the northern section of the border.

        The commissions signed a protocol on the procedure for joint work on the next border segment, Deputy Prime Minister Mher Grigoryan said after the meeting.

        Both sides will exchange topographic maps of the section before the next meeting of the commissions.
        """;

    private const string DetaineesArticle = """
        Azerbaijan releases two Armenian detainees

        Azerbaijan released two Armenian detainees on 17 March 2025 after talks between the foreign ministries, the Armenian foreign ministry said.

        The two men had been held since 2023, and their families had appealed for their release as prisoners of war.
        """;

    private readonly SubscriptionsApplication _app = new();
    private readonly string _borderConversation = "push-border-" + Guid.NewGuid().ToString("N")[..8];
    private readonly string _prisonersConversation = "push-prisoners-" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Reindex_ArticleOnASubscribedTopic_PushesExactlyOneMessageThereAndNoneElsewhere()
    {
        Assert.StartsWith("Subscribed", await SayAsync(_borderConversation, "subscribe border delimitation"), StringComparison.Ordinal);
        Assert.StartsWith("Subscribed", await SayAsync(_prisonersConversation, "subscribe to prisoners"), StringComparison.Ordinal);
        _app.AddArticle("900_border_commissions.txt", BorderArticle, "Border commissions agree to start work on the northern section", "2025-03-13");

        var report = await ReindexAsync();

        Assert.Equal(ReindexOutcome.Built, report.Outcome);
        var pushed = Assert.Single(_app.Connector.For(_borderConversation));
        Assert.EndsWith($"v3/conversations/{_borderConversation}/activities", pushed.Url, StringComparison.Ordinal);
        Assert.StartsWith("New on Border delimitation since the last update:", pushed.Activity.Text, StringComparison.Ordinal);
        Assert.Contains("agreed to start work on the northern section of the border", pushed.Activity.Text, StringComparison.Ordinal);
        Assert.Equal("28:bot", pushed.Activity.From?.Id);
        Assert.Equal("29:ana-" + _borderConversation, pushed.Activity.Recipient?.Id);
        Assert.Null(pushed.Activity.ReplyToId);
        var citations = JsonNode.Parse(pushed.Json)!["entities"]!.AsArray()
            .Single(e => e!["type"]!.GetValue<string>() == "https://schema.org/Message")!["citation"]!.AsArray();
        Assert.All(citations, c => Assert.Equal("Border commissions agree to start work on the northern section", c!["appearance"]!["name"]!.GetValue<string>()));
        Assert.Empty(_app.Connector.For(_prisonersConversation));
    }

    [Fact]
    public async Task Reindex_NothingNewOnTheTopic_PushesNothing()
    {
        await SayAsync(_borderConversation, "subscribe border delimitation");
        _app.AddArticle("901_detainees_released.txt", DetaineesArticle, "Azerbaijan releases two Armenian detainees", "2025-03-18");

        await ReindexAsync();
        await ReindexAsync();

        Assert.Empty(_app.Connector.For(_borderConversation));
    }

    [Fact]
    public async Task Reindex_SecondArticleOnAnotherTopic_TheFirstSubscriptionGetsNoSecondMessage()
    {
        await SayAsync(_borderConversation, "subscribe border delimitation");
        await SayAsync(_prisonersConversation, "subscribe prisoners");
        _app.AddArticle("900_border_commissions.txt", BorderArticle, "Border commissions agree to start work on the northern section", "2025-03-13");
        await ReindexAsync();
        _app.AddArticle("901_detainees_released.txt", DetaineesArticle, "Azerbaijan releases two Armenian detainees", "2025-03-18");

        await ReindexAsync();

        Assert.Single(_app.Connector.For(_borderConversation));
        var pushed = Assert.Single(_app.Connector.For(_prisonersConversation));
        Assert.Contains("Azerbaijan released two Armenian detainees", pushed.Activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscriptions_AfterSubscribing_ListsTheTopicAndUnsubscribeStopsThePush()
    {
        await SayAsync(_borderConversation, "subscribe border delimitation");
        Assert.Contains("Border delimitation", await SayAsync(_borderConversation, "subscriptions"), StringComparison.Ordinal);
        Assert.StartsWith("Unsubscribed", await SayAsync(_borderConversation, "unsubscribe border delimitation"), StringComparison.Ordinal);
        _app.AddArticle("900_border_commissions.txt", BorderArticle, "Border commissions agree to start work on the northern section", "2025-03-13");

        await ReindexAsync();

        Assert.Empty(_app.Connector.For(_borderConversation));
    }

    public void Dispose() => _app.Dispose();

    private Task<ReindexReport> ReindexAsync() =>
        _app.Services.GetRequiredService<IKnowledgeAdmin>().ReindexAsync();

    /// <summary>Posts a message with expectReplies and returns the text of the one reply.</summary>
    private async Task<string> SayAsync(string conversation, string text)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = "act-" + Guid.NewGuid().ToString("N")[..8],
            ["channelId"] = "emulator",
            ["serviceUrl"] = "http://127.0.0.1:9/",
            ["from"] = new JsonObject { ["id"] = "29:ana-" + conversation, ["name"] = "Ana" },
            ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "ChatBot" },
            ["conversation"] = new JsonObject { ["id"] = conversation },
            ["deliveryMode"] = "expectReplies",
            ["text"] = text,
        };
        using var client = await _app.ReadyClientAsync();
        using var response = await client.PostAsync(
            new Uri("/api/messages", UriKind.Relative),
            new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
        return Assert.Single(replies, a => a!["type"]!.GetValue<string>() == "message")!["text"]!.GetValue<string>();
    }
}
