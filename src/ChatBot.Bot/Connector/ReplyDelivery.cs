using ChatBot.Bot.Hosting;
using ChatBot.Bot.Identity;
using ChatBot.Bot.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Connector;

/// <summary>
/// Posts a turn's replies, in order, to the <c>serviceUrl</c> of the activity they answer: a reply when
/// <c>replyToId</c> is set, else a send. In local mode only loopback service URLs are posted to.
/// </summary>
internal sealed class ReplyDelivery(IConnectorClient connector, IOptions<BotIdentityOptions> identity, ILogger<ReplyDelivery> logger)
{
    public async Task DeliverAsync(Activity inbound, IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(replies);
        if (replies.Count == 0)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(inbound.ServiceUrl))
        {
            Log.NoServiceUrl(logger, inbound.Id, replies.Count);
            return;
        }

        if (identity.Value.IsLocalMode && !ServiceUrlPolicy.IsLoopback(inbound.ServiceUrl))
        {
            Log.NotLoopback(logger, inbound.ServiceUrl, inbound.Id, replies.Count);
            return;
        }

        foreach (var reply in replies)
        {
            var id = string.IsNullOrEmpty(reply.ReplyToId)
                ? await connector.SendAsync(reply, cancellationToken)
                : await connector.ReplyAsync(reply, cancellationToken);
            Log.Posted(logger, reply.Type, inbound.Id, id);
        }
    }
}
