using ChatBot.Bot.Protocol;

namespace ChatBot.Bot.Connector;

/// <summary>
/// Posts activities to a channel through the Bot Connector REST API v3 at the activity's <c>serviceUrl</c>,
/// with the bot's token when an app id is configured, retrying throttling and transient failures.
/// </summary>
public interface IConnectorClient
{
    /// <summary>Sends <paramref name="activity"/> to its conversation (<c>POST v3/conversations/{id}/activities</c>).</summary>
    /// <returns>The id the channel gave the activity, when it says.</returns>
    /// <exception cref="HttpRequestException">The channel refused the activity or could not be reached.</exception>
    Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Replies to the activity named by <c>replyToId</c> (<c>POST v3/conversations/{id}/activities/{replyToId}</c>).</summary>
    /// <returns>The id the channel gave the activity, when it says.</returns>
    /// <exception cref="HttpRequestException">The channel refused the activity or could not be reached.</exception>
    Task<string?> ReplyAsync(Activity activity, CancellationToken cancellationToken);
}
