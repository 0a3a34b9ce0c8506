using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatBot.Tests.Conversation;

/// <summary>Conversations with the real bot through POST /api/messages, as a channel would hold them.</summary>
public sealed class ConversationTests(RealBotApplication app) : IClassFixture<RealBotApplication>
{
    private readonly string _conversation = "conv-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Message_FactQuestion_FirstLineAnswersAndEntityCitesVerbatim()
    {
        var reply = (await SendAsync(Message("Who hosted the talks in Almaty?")))[0];

        var text = reply["text"]!.GetValue<string>();
        Assert.Contains("Nurtleu", text.Split('\n')[0], StringComparison.Ordinal);
        var citation = reply["entities"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "https://schema.org/Message")!["citation"]!.AsArray()[0]!;
        Assert.Equal(1, citation["position"]!.GetValue<int>());
        var seed = await File.ReadAllTextAsync(Path.Combine(RepositorySeeds.Folder, "000_30b3a433c56a79ea.txt"));
        Assert.Contains(citation["appearance"]!["abstract"]!.GetValue<string>(), seed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_QuestionOnlyAPassageComesCloseTo_FirstLineSaysSoAndCitesThatPassage()
    {
        var reply = (await SendAsync(Message("How long is the whole border between Armenia and Azerbaijan?")))[0];

        Assert.StartsWith("I couldn't find a direct answer in the sources", reply["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var citation = reply["entities"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "https://schema.org/Message")!["citation"]!.AsArray().Single()!;
        var seeds = await Task.WhenAll(Directory.GetFiles(RepositorySeeds.Folder, "*.txt").Select(f => File.ReadAllTextAsync(f)));
        Assert.Contains(seeds, seed => seed.Contains(citation["appearance"]!["abstract"]!.GetValue<string>(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Message_OffTopicQuestion_IsDeclinedWithoutCitations()
    {
        var reply = (await SendAsync(Message("who won the champions league final?")))[0];

        Assert.StartsWith("I couldn't find that in the sources", reply["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("https://schema.org/Message", reply.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_FollowUp_ResolvesAgainstThePreviousQuestion()
    {
        await SendAsync(Message("What are the two unresolved issues in the peace treaty draft?"));
        var reply = (await SendAsync(Message("What did Pashinyan propose on them?")))[0];

        Assert.Contains("third-party forces", reply.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("help", "sources")]
    [InlineData("sources", "EVN Report")]
    public async Task Message_Command_AnswersWithoutTheEngine(string command, string expected)
    {
        var reply = (await SendAsync(Message(command)))[0];

        Assert.Contains(expected, reply["text"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Message_TeamsMention_IsStrippedBeforeAnswering()
    {
        var activity = Message("<at>ChatBot</at> Who hosted the talks in Almaty?", channel: "msteams");
        activity["entities"] = JsonNode.Parse("""[{"type":"mention","mentioned":{"id":"28:bot","name":"ChatBot"},"text":"<at>ChatBot</at>"}]""");

        var reply = (await SendAsync(activity))[0];

        Assert.Contains("Nurtleu", reply["text"]!.GetValue<string>().Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_Slack_UsesSlackBoldAndNoMarkdownBold()
    {
        var reply = (await SendAsync(Message("Who hosted the talks in Almaty?", channel: "slack")))[0];

        var text = reply["text"]!.GetValue<string>();
        Assert.Contains("Nurtleu", text, StringComparison.Ordinal);
        Assert.DoesNotContain("**", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConversationUpdate_BotAdded_Welcomes()
    {
        var activity = Activity("conversationUpdate", "emulator");
        activity["membersAdded"] = JsonNode.Parse("""[{"id":"28:bot","name":"ChatBot"}]""");

        var replies = await SendAsync(activity);

        Assert.NotEmpty(replies);
        Assert.False(string.IsNullOrWhiteSpace(replies[0]["text"]?.GetValue<string>()));
    }

    [Fact]
    public async Task Invoke_TeamsFeedback_Returns200WithJson()
    {
        await SendAsync(Message("Who hosted the talks in Almaty?", channel: "msteams"));
        var activity = Activity("invoke", "msteams");
        activity["name"] = "message/submitAction";
        activity["value"] = JsonNode.Parse("""{"actionName":"feedback","actionValue":{"reaction":"dislike","feedback":"{\"feedbackText\":\"wrong source\"}"}}""");

        using var client = await app.ReadyClientAsync();
        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), Json(activity));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("{", (await response.Content.ReadAsStringAsync()).Trim(), StringComparison.Ordinal);
    }

    private JsonObject Message(string text, string channel = "emulator")
    {
        var activity = Activity("message", channel);
        activity["text"] = text;
        activity["deliveryMode"] = "expectReplies";
        return activity;
    }

    private JsonObject Activity(string type, string channel) => new()
    {
        ["type"] = type,
        ["id"] = "act-" + Guid.NewGuid().ToString("N")[..8],
        ["channelId"] = channel,
        ["serviceUrl"] = "http://127.0.0.1:9/",
        ["from"] = new JsonObject { ["id"] = "29:user-" + _conversation, ["name"] = "User" },
        ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "ChatBot" },
        ["conversation"] = new JsonObject { ["id"] = _conversation },
        ["deliveryMode"] = "expectReplies",
    };

    private async Task<List<JsonNode>> SendAsync(JsonObject activity)
    {
        using var client = await app.ReadyClientAsync();
        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), Json(activity));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["activities"]!.AsArray().Where(a => a!["type"]!.GetValue<string>() == "message").Select(a => a!).ToList();
    }

    private static StringContent Json(JsonObject activity) => new(activity.ToJsonString(), Encoding.UTF8, "application/json");
}
