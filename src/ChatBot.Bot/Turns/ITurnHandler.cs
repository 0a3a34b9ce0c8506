using ChatBot.Bot.Protocol;

namespace ChatBot.Bot.Turns;

/// <summary>
/// The bot's logic for one inbound activity: dialogs, commands and answers. Knows nothing of HTTP or delivery;
/// the messaging endpoint (and the local Direct Line) deliver what it returns.
/// </summary>
public interface ITurnHandler
{
    /// <summary>Handles one validated inbound activity. Exceptions are the caller's turn boundary to catch.</summary>
    Task<TurnResult> HandleAsync(Activity activity, CancellationToken cancellationToken);
}
