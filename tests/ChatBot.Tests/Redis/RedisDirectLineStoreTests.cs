using ChatBot.Bot.Redis;
using ChatBot.Channels.DirectLine;
using ChatBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Tests.Redis;

/// <summary>Web chats kept in Redis obey the same bounds as one host's: a full store refuses, it never evicts.</summary>
public sealed class RedisDirectLineStoreTests(RedisServer server) : IClassFixture<RedisServer>, IDisposable
{
    private readonly string _prefix = "dl" + Guid.NewGuid().ToString("N")[..8] + ":";
    private readonly List<RedisConnection> _connections = [];

    [Fact]
    public void Create_StoreFullOfLiveChatsAcrossHosts_RefusesAndKeepsThemAll()
    {
        var options = new DirectLineOptions { MaxConversations = 2 };
        var hostA = Store(options);
        var hostB = Store(options);
        var first = hostA.Create(null, null);
        var second = hostB.Create(null, null);

        var third = hostA.Create(null, null);

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.Null(third);
        Assert.Equal(DirectLineAccess.Granted, hostB.Authorize(first.Id, first.Token, out _));
        Assert.Equal(DirectLineAccess.Granted, hostA.Authorize(second.Id, second.Token, out _));
    }

    [Fact]
    public void Create_ExpiredChatsMakeRoom()
    {
        var clock = new ManualClock();
        var options = new DirectLineOptions { MaxConversations = 1, TokenLifetime = TimeSpan.FromMinutes(1) };
        var store = Store(options, clock);
        Assert.NotNull(store.Create(null, null));

        clock.Advance(TimeSpan.FromMinutes(2));

        Assert.NotNull(store.Create(null, null));
    }

    public void Dispose()
    {
        foreach (var connection in _connections) connection.Dispose();
    }

    private RedisDirectLineStore Store(DirectLineOptions options, TimeProvider? clock = null)
    {
        var time = clock ?? TimeProvider.System;
        var connection = new RedisConnection(
            Options.Create(new RedisOptions { Configuration = server.Configuration, KeyPrefix = _prefix }),
            time,
            NullLogger<RedisConnection>.Instance);
        connection.WaitForConnection(TimeSpan.FromSeconds(10));
        _connections.Add(connection);
        var wrapped = Options.Create(options);
        return new RedisDirectLineStore(connection, new DirectLineStore(wrapped, time, NullLogger<DirectLineStore>.Instance), wrapped, time);
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = DateTimeOffset.UtcNow;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
