using System.Net;

namespace ChatBot.Tests.Redis;

/// <summary>Redis goes away and comes back: both hosts keep answering, say so once, and share again afterwards.</summary>
public sealed class RedisOutageTests(TwoHosts hosts) : IClassFixture<TwoHosts>
{
    private const int RedisDownEvent = 2602;

    [Fact]
    public async Task RedisKilledThenRestarted_HostsKeepAnsweringWarnOnceAndRecover()
    {
        var user = "29:outage-" + Guid.NewGuid().ToString("N")[..8];
        await HostChat.SayAsync(hosts.A, "warm-a", user, "help");
        await HostChat.SayAsync(hosts.B, "warm-b", user, "help");

        hosts.Redis.Stop();
        foreach (var host in new[] { hosts.A, hosts.B, hosts.A, hosts.B, hosts.A })
        {
            var reply = await HostChat.SayAsync(host, "down-" + Guid.NewGuid().ToString("N")[..8], user + Guid.NewGuid().ToString("N")[..4], "Who hosted the talks in Almaty?");
            Assert.Contains("Nurtleu", reply, StringComparison.Ordinal);
        }

        var (status, body) = await HealthAsync(hosts.A);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("Degraded", body, StringComparison.Ordinal);
        Assert.Contains("redis: Redis unreachable", body, StringComparison.Ordinal);
        Assert.Equal(1, hosts.A.Warnings.Count(RedisDownEvent));
        Assert.Equal(1, hosts.B.Warnings.Count(RedisDownEvent));

        hosts.Redis.Start();
        var (_, recovered) = await HostChat.EventuallyAsync(() => HealthAsync(hosts.A), h => h.Body == "Healthy");
        Assert.Equal("Healthy", recovered);
        await HostChat.EventuallyAsync(() => HealthAsync(hosts.B), h => h.Body == "Healthy");

        var conversation = "after-" + Guid.NewGuid().ToString("N")[..8];
        await HostChat.SayAsync(hosts.A, conversation, user + "-after", "What are the two unresolved issues in the peace treaty draft?");
        var followUp = await HostChat.SayAsync(hosts.B, conversation, user + "-after", "What did Pashinyan propose on them?");
        Assert.Contains("third-party forces", followUp, StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, string Body)> HealthAsync(SharedHost host)
    {
        using var client = host.CreateClient();
        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
