using Stopwatch = System.Diagnostics.Stopwatch;
using System.Text.Json;
using ChatBot.Bot.Protocol;
using ChatBot.Bot.Turns;
using Microsoft.Extensions.Logging;

namespace ChatBot.DirectLine;

/// <summary>
/// Runs one bot turn for the local Direct Line, as if the activity had arrived with
/// <c>deliveryMode: "expectReplies"</c>: the replies come back from the turn instead of being posted to a connector.
/// This is the Direct Line's turn boundary: a failing turn becomes an apology, never a broken feed.
/// </summary>
internal sealed class DirectLineBotBridge(IServiceScopeFactory scopes, ILogger<DirectLineBotBridge> logger)
{
    public const string Apology = "Sorry, something went wrong on my side. Please try again.";

    public async Task<IReadOnlyList<Activity>> RunTurnAsync(Activity inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);

        // The feed keeps the original; the handler gets its own copy, so nothing it changes leaks into the feed.
        var turn = JsonSerializer.Deserialize<Activity>(JsonSerializer.Serialize(inbound, BotJson.Options), BotJson.Options)!;
        turn.DeliveryMode = DeliveryModes.ExpectReplies;
        var watch = Stopwatch.StartNew();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetService<ITurnHandler>();
            if (handler is null)
            {
                Log.NoTurnHandler(logger, inbound.Id);
                return inbound.Type == ActivityTypes.Message ? [inbound.CreateReply(Apology)] : [];
            }

            var result = await handler.HandleAsync(turn, cancellationToken);
            Log.TurnCompleted(logger, inbound.Id, result.Replies.Count, watch.ElapsedMilliseconds);
            return result.Replies;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return [];
        }
#pragma warning disable CA1031 // The turn boundary: any failure of the bot becomes an apology so polling goes on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.TurnFailed(logger, ex, inbound.Id, inbound.Conversation?.Id);
            return [inbound.CreateReply(Apology)];
        }
    }
}
