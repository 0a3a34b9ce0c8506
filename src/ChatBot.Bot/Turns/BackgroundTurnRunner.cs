using System.Collections.Concurrent;
using ChatBot.Bot.Channels;
using ChatBot.Bot.Connector;
using ChatBot.Bot.Hosting;
using ChatBot.Bot.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Turns;

/// <summary>
/// Runs turns after <c>/api/messages</c> has answered 200 and delivers their replies through the Connector,
/// sending <c>typing</c> while a slow answer is worked on. In-flight turns finish before the host stops.
/// </summary>
internal sealed class BackgroundTurnRunner(
    IServiceScopeFactory scopes,
    IOptions<MessagingOptions> options,
    ILogger<BackgroundTurnRunner> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentDictionary<Task, byte> running = new();

    /// <summary>Runs the turn for <paramref name="inbound"/> and delivers what it returns.</summary>
    public void Start(Activity inbound) => Track(RunTurnAsync(inbound));

    /// <summary>Delivers replies already produced (those of an invoke).</summary>
    public void Deliver(Activity inbound, IReadOnlyList<Activity> replies)
    {
        if (replies.Count > 0)
        {
            Track(DeliverAsync(inbound, replies));
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // Let running turns finish within the host's shutdown timeout, then cancel them.
        using var registration = cancellationToken.Register(stopping.Cancel);
        await Task.WhenAll(running.Keys);
    }

    public void Dispose() => stopping.Dispose();

    private void Track(Task task)
    {
        running.TryAdd(task, 0);
        _ = task.ContinueWith(t => running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private async Task RunTurnAsync(Activity inbound)
    {
        await Task.Yield();
        var token = stopping.Token;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var delivery = scope.ServiceProvider.GetRequiredService<ReplyDelivery>();
            var turn = scope.ServiceProvider.GetRequiredService<TurnPipeline>().RunAsync(inbound, token);
            if (SendsTyping(inbound))
            {
                await SendTypingUntilAsync(turn, inbound, delivery, token);
            }

            var result = await turn;
            await delivery.DeliverAsync(inbound, result.Replies, token);
        }
#pragma warning disable CA1031 // Boundary of a background task: a failed delivery is logged, nothing awaits it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.DeliveryFailed(logger, ex, inbound.Id);
        }
    }

    private async Task SendTypingUntilAsync(Task turn, Activity inbound, ReplyDelivery delivery, CancellationToken token)
    {
        var delay = options.Value.TypingDelay;
        while (await Task.WhenAny(turn, Task.Delay(delay, token)) != turn)
        {
            var typing = ReplyStamper.Stamp(inbound, new Activity { Type = ActivityTypes.Typing });
            await delivery.DeliverAsync(inbound, [typing], token);
            delay = options.Value.TypingInterval;
        }
    }

    private async Task DeliverAsync(Activity inbound, IReadOnlyList<Activity> replies)
    {
        await Task.Yield();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ReplyDelivery>().DeliverAsync(inbound, replies, stopping.Token);
        }
#pragma warning disable CA1031 // Boundary of a background task: a failed delivery is logged, nothing awaits it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.DeliveryFailed(logger, ex, inbound.Id);
        }
    }

    // Only messages are answers a user waits for.
    private static bool SendsTyping(Activity inbound) =>
        string.Equals(inbound.Type, ActivityTypes.Message, StringComparison.Ordinal) && ChannelRegistry.For(inbound).ShowsTyping;
}
