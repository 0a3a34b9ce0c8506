using System.Globalization;
using System.Text;
using ChatBot.Bot.Channels;
using ChatBot.Bot.Dialogs;
using ChatBot.Bot.Protocol;
using ChatBot.Bot.Rendering;
using ChatBot.Bot.Subscriptions;
using ChatBot.Knowledge.Answers;

namespace ChatBot.Bot.Commands.Subscriptions;

/// <summary><c>subscriptions</c>: the topics this conversation is subscribed to.</summary>
public sealed class SubscriptionsCommand(IKnowledgeBase knowledge, ISubscriptionStore store) : ICommand
{
    public string Name => "subscriptions";
    public IReadOnlyList<string> Aliases => [];
    public string? Description => "the topics this conversation is subscribed to";
    public bool TakesArguments => false;
    public CommandAccess Access => CommandAccess.Everyone;

    public async Task<IReadOnlyList<Activity>> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var activity = context.Activity;
        var subscriptions = await store.ListAsync(activity.ChannelId ?? "", activity.Conversation?.Id ?? "", cancellationToken);
        if (subscriptions.Count == 0)
        {
            var none = $"This conversation has no subscriptions. Type `subscribe <topic>` to get new facts on a topic after each reindex. {TopicArguments.Known(knowledge)}";
            return [AnswerRenderer.RenderMessage(activity, none.TrimEnd())];
        }

        var bullet = Markup.Bullet(ChannelProfile.For(activity).Style);
        var sb = new StringBuilder("This conversation is subscribed to:");
        foreach (var subscription in subscriptions)
        {
            var since = subscription.SubscribedAt.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
            sb.Append('\n').Append(bullet).Append(TopicArguments.Name(knowledge, subscription.TopicId)).Append(" (since ").Append(since).Append(')');
        }

        sb.Append("\n\nNew facts on these topics are posted here after each reindex. Type `unsubscribe <topic>` or `unsubscribe all` to stop.");
        return [AnswerRenderer.RenderMessage(activity, sb.ToString())];
    }
}
