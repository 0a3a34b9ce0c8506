using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Knowledge.Hosting;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace ChatBot.Tests.Redis;

/// <summary>Two hosts on one Redis behave as one bot: conversations, repeats, limits, web chats, feedback and reindexing.</summary>
public sealed class SeveralHostsTests(TwoHosts hosts) : IClassFixture<TwoHosts>
{
    private const string BorderArticle = """
        Border commissions agree to start work on the northern section

        The state commissions of Armenia and Azerbaijan on border delimitation met in Yerevan on 12 March 2025 and agreed to start work on the northern section of the border.

        The commissions signed a protocol on the procedure for joint work on the next border segment, Deputy Prime Minister Mher Grigoryan said after the meeting.
        """;

    // The turn pipeline's "slow down" reply (SlowDown).
    private const string SlowDown = "You're sending messages faster than I can answer; please wait a moment.";

    private readonly string _conversation = "conv-" + Guid.NewGuid().ToString("N")[..8];
    private readonly string _user = "29:user-" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task FollowUp_AskedOnTheOtherHost_KeepsTheContext()
    {
        await HostChat.SayAsync(hosts.A, _conversation, _user, "What are the two unresolved issues in the peace treaty draft?");

        var reply = await HostChat.SayAsync(hosts.B, _conversation, _user, "What did Pashinyan propose on them?");

        Assert.Contains("third-party forces", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResentActivity_ReachingBothHosts_IsAnsweredOnce()
    {
        var activity = HostChat.Message(_conversation, _user, "Who hosted the talks in Almaty?", id: "resent-" + _conversation);

        var first = await HostChat.SendAsync(hosts.A, activity);
        var again = await HostChat.SendAsync(hosts.B, (JsonObject)activity.DeepClone());

        Assert.Single(first);
        Assert.Empty(again);
    }

    [Fact]
    public async Task RateLimit_MessagesSpreadOverBothHosts_CountTogether()
    {
        foreach (var host in new[] { hosts.A, hosts.B, hosts.A, hosts.B })
        {
            Assert.NotEqual(SlowDown, await HostChat.SayAsync(host, _conversation, _user, "about"));
        }

        Assert.Equal(SlowDown, await HostChat.SayAsync(hosts.B, _conversation, _user, "about"));
    }

    [Fact]
    public async Task WebChat_StartedOnOneHost_IsServedByTheOther()
    {
        using var a = await hosts.A.ReadyClientAsync();
        using var b = await hosts.B.ReadyClientAsync();
        using var started = await a.PostAsJsonAsync("/v3/directline/conversations", new { user = new { id = "ana" } });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var conversation = JsonNode.Parse(await started.Content.ReadAsStringAsync())!;
        var id = conversation["conversationId"]!.GetValue<string>();
        var token = conversation["token"]!.GetValue<string>();

        using var post = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{id}/activities")
        {
            Content = new StringContent("""{"type":"message","text":"Who hosted the talks in Almaty?","from":{"id":"ana"}}""", Encoding.UTF8, "application/json"),
        };
        post.Headers.Authorization = new("Bearer", token);
        using var posted = await b.SendAsync(post);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);

        var feed = await HostChat.EventuallyAsync(() => PollAsync(a, id, token), f => f.Contains("Nurtleu", StringComparison.Ordinal), seconds: 15);
        Assert.Contains("Nurtleu", feed, StringComparison.Ordinal);
        Assert.Contains("Who hosted the talks in Almaty?", feed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_DeclinedOnOneHost_AdminSeesItOnTheOther()
    {
        var question = "What is the capital of Australia " + _conversation + "?";
        await HostChat.SayAsync(hosts.A, _conversation, _user, question);

        var report = await HostChat.EventuallyAsync(
            () => HostChat.SayAsync(hosts.B, "admin-" + _conversation, SharedHost.AdminId, "feedback"),
            r => r.Contains(question, StringComparison.Ordinal),
            seconds: 10);

        Assert.Contains(question, report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reindex_OnOneHost_TheOtherServesItAndSubscribersGetOnePush()
    {
        Assert.StartsWith("Subscribed", await HostChat.SayAsync(hosts.B, _conversation, _user, "subscribe border delimitation"), StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(hosts.SeedsPath, "950_border_commissions.txt"), BorderArticle, new UTF8Encoding(false));

        using var a = await hosts.A.ReadyClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/reindex");
        request.Headers.Add("X-Api-Key", SharedHost.ApiKey);
        using var response = await a.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var version = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["version"]!.GetValue<int>();

        var followed = await HostChat.EventuallyAsync(() => Task.FromResult(AdminOf(hosts.B).Status.Version), v => v == version);
        Assert.Equal(version, followed);
        var answer = await HostChat.SayAsync(hosts.B, "ask-" + _conversation, _user + "-ask", "Where did the border commissions meet on 12 March 2025?");
        Assert.Contains("Yerevan", answer, StringComparison.Ordinal);
        foreach (var host in new[] { hosts.A, hosts.B })
        {
            Assert.Contains($"Index version {version},", await HostChat.SayAsync(host, "status-" + _conversation, SharedHost.AdminId, "status"), StringComparison.Ordinal);
        }

        // Both hosts ran a push pass for this version; give the second one time to finish before counting.
        await Task.Delay(TimeSpan.FromSeconds(2));
        var pushes = hosts.A.Connector.For(_conversation).Concat(hosts.B.Connector.For(_conversation)).ToList();
        var push = Assert.Single(pushes);
        Assert.StartsWith("New on Border delimitation since the last update:", push.Activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reindex_WhileAnotherHostBuilds_IsRefused()
    {
        using var redis = await ConnectionMultiplexer.ConnectAsync(hosts.Redis.Configuration);
        var key = hosts.KeyPrefix + "lock:index-build";
        Assert.True(await redis.GetDatabase().LockTakeAsync(key, "another-host", TimeSpan.FromSeconds(30)));
        try
        {
            using var b = await hosts.B.ReadyClientAsync();
            using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/reindex");
            request.Headers.Add("X-Api-Key", SharedHost.ApiKey);

            using var response = await b.SendAsync(request);

            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        }
        finally
        {
            await redis.GetDatabase().LockReleaseAsync(key, "another-host");
        }
    }

    private static IKnowledgeAdmin AdminOf(SharedHost host) => host.Services.GetRequiredService<IKnowledgeAdmin>();

    private static async Task<string> PollAsync(HttpClient client, string conversation, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversation}/activities");
        request.Headers.Authorization = new("Bearer", token);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
