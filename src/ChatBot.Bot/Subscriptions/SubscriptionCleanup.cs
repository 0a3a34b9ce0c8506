using ChatBot.Bot.Dialogs;
using ChatBot.Bot.Protocol;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Subscriptions;

/// <summary>Drops a conversation's subscriptions when the bot is removed from it: nothing could be posted there any more.</summary>
public sealed class SubscriptionCleanup(ISubscriptionStore store, ILogger<SubscriptionCleanup> logger) : IBotRemovedListener
{
    public async Task OnBotRemovedAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelId is not { Length: > 0 } channel || activity.Conversation?.Id is not { Length: > 0 } conversation) return;
        var removed = await store.RemoveAllAsync(channel, conversation, cancellationToken).ConfigureAwait(false);
        if (removed > 0) Log.RemovedWithBot(logger, removed, channel, conversation);
    }
}
