using System.Text.Json;
using ChatBot.Bot.Protocol;
using ChatBot.Bot.Turns;

namespace ChatBot.Channels.DirectLine;

/// <summary>
/// Runs one bot turn for the local Direct Line through the same <see cref="TurnPipeline"/> as <c>/api/messages</c>
/// (rate limit, error boundary, apology), as if the activity had arrived with <c>deliveryMode: "expectReplies"</c>:
/// the replies come back from the turn instead of being posted to a connector.
/// </summary>
internal sealed class DirectLineBotBridge(IServiceScopeFactory scopes)
{
    public async Task<IReadOnlyList<Activity>> RunTurnAsync(Activity inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);

        // The feed keeps the original; the turn gets its own copy, so nothing it changes leaks into the feed.
        var turn = JsonSerializer.Deserialize<Activity>(JsonSerializer.Serialize(inbound, BotJson.Options), BotJson.Options)!;
        turn.DeliveryMode = DeliveryModes.ExpectReplies;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<TurnPipeline>().RunAsync(turn, cancellationToken);
            return result.Replies;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return [];
        }
    }
}
