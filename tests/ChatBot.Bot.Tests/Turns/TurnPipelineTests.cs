using ChatBot.Bot.Hosting;
using ChatBot.Bot.Protocol;
using ChatBot.Bot.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace ChatBot.Bot.Tests.Turns;

public sealed class TurnPipelineTests : IDisposable
{
    private readonly ITurnHandler handler = Substitute.For<ITurnHandler>();
    private readonly UserRateLimiter limiter = new(Options.Create(new RateLimitOptions { PerUserPerMinute = 2 }));
    private readonly ServiceProvider services;

    public TurnPipelineTests() => services = new ServiceCollection().AddSingleton(handler).BuildServiceProvider();

    private TurnPipeline CreateSut() => new(services, limiter, NullLogger<TurnPipeline>.Instance);

    private static Activity Message(string type = ActivityTypes.Message) => new()
    {
        Type = type,
        Id = "a1",
        ChannelId = ChannelIds.MsTeams,
        From = new ChannelAccount { Id = "29:user" },
        Recipient = new ChannelAccount { Id = "28:bot" },
        Conversation = new ConversationAccount { Id = "c1" },
        Text = "hi",
    };

    [Fact]
    public async Task RunAsync_HandlerReplies_ReturnsStampedReplies()
    {
        handler.HandleAsync(Arg.Any<Activity>(), Arg.Any<CancellationToken>())
            .Returns(call => new TurnResult([new Activity { Text = "hello" }]));

        var result = await CreateSut().RunAsync(Message(), CancellationToken.None);

        var reply = Assert.Single(result.Replies);
        Assert.Equal("hello", reply.Text);
        Assert.Equal("29:user", reply.Recipient?.Id);
        Assert.Equal("a1", reply.ReplyToId);
    }

    [Fact]
    public async Task RunAsync_HandlerThrows_ApologisesWithoutDetails()
    {
        handler.HandleAsync(Arg.Any<Activity>(), Arg.Any<CancellationToken>()).ThrowsAsync(new InvalidOperationException("secret stack"));

        var result = await CreateSut().RunAsync(Message(), CancellationToken.None);

        var reply = Assert.Single(result.Replies);
        Assert.StartsWith("Sorry, something went wrong on my side", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_InvokeThrows_Answers200()
    {
        handler.HandleAsync(Arg.Any<Activity>(), Arg.Any<CancellationToken>()).ThrowsAsync(new InvalidOperationException());

        var result = await CreateSut().RunAsync(Message(ActivityTypes.Invoke), CancellationToken.None);

        Assert.Equal(200, result.InvokeResponse?.Status);
    }

    [Fact]
    public async Task RunAsync_OverRateLimit_SaysSlowDownWithoutCallingHandler()
    {
        handler.HandleAsync(Arg.Any<Activity>(), Arg.Any<CancellationToken>()).Returns(TurnResult.Empty);
        var sut = CreateSut();
        await sut.RunAsync(Message(), CancellationToken.None);
        await sut.RunAsync(Message(), CancellationToken.None);

        var result = await sut.RunAsync(Message(), CancellationToken.None);

        Assert.Equal("You're sending messages faster than I can answer; please wait a moment.", Assert.Single(result.Replies).Text);
        await handler.Received(2).HandleAsync(Arg.Any<Activity>(), Arg.Any<CancellationToken>());
    }

    public void Dispose()
    {
        limiter.Dispose();
        services.Dispose();
    }
}
