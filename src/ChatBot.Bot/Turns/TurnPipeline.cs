using ChatBot.Bot.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Turns;

/// <summary>
/// The turn boundary: rate-limits the sender, runs the <see cref="ITurnHandler"/>, turns any failure into an
/// apology, and addresses every reply to the sender. Every channel (Bot Framework, Direct Line) runs turns here.
/// </summary>
public sealed class TurnPipeline
{
    private readonly IServiceProvider services;
    private readonly IUserRateLimiter rateLimiter;
    private readonly ILogger<TurnPipeline> logger;

    internal TurnPipeline(IServiceProvider services, IUserRateLimiter rateLimiter, ILogger<TurnPipeline> logger)
    {
        this.services = services;
        this.rateLimiter = rateLimiter;
        this.logger = logger;
    }

    /// <summary>Runs one turn for a validated inbound activity. Never throws for the handler's failures.</summary>
    public async Task<TurnResult> RunAsync(Activity inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        if (string.Equals(inbound.Type, ActivityTypes.Message, StringComparison.Ordinal) && !rateLimiter.TryAcquire(inbound))
        {
            Log.RateLimited(logger, inbound.ChannelId, inbound.From?.Id);
            return Stamp(inbound, new TurnResult([inbound.CreateReply(TurnMessages.SlowDown)]));
        }

        var started = TimeProvider.System.GetTimestamp();
        TurnResult result;
        try
        {
            var handler = services.GetRequiredService<ITurnHandler>();
            result = await handler.HandleAsync(inbound, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // The turn boundary: any failure becomes an apology, never a 500 or a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.TurnFailed(logger, ex, inbound.Type, inbound.Id);

            // PROTOCOL: the SDK answers a failed invoke with 500; an invoke here gets 200 and the apology.
            var invoke = string.Equals(inbound.Type, ActivityTypes.Invoke, StringComparison.Ordinal) ? new InvokeResponse(200, null) : null;
            result = new TurnResult([inbound.CreateReply(TurnMessages.Apology)], invoke);
        }

        Log.TurnCompleted(logger, inbound.Type, inbound.Id, result.Replies.Count, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        return Stamp(inbound, result);
    }

    private static TurnResult Stamp(Activity inbound, TurnResult result) =>
        result with { Replies = [.. result.Replies.Select(reply => ReplyStamper.Stamp(inbound, reply))] };
}
