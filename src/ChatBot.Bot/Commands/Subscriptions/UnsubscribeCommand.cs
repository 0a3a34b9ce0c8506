using ChatBot.Bot.Channels;
using ChatBot.Bot.Dialogs;
using ChatBot.Bot.Protocol;
using ChatBot.Bot.Rendering;
using ChatBot.Bot.Subscriptions;
using ChatBot.Knowledge.Answers;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Commands.Subscriptions;

/// <summary><c>unsubscribe &lt;topic&gt;</c> or <c>unsubscribe all</c>: stops the pushed updates in this conversation.</summary>
public sealed class UnsubscribeCommand(
    IKnowledgeBase knowledge,
    ISubscriptionStore store,
    ILogger<UnsubscribeCommand> logger) : ICommand
{
    private const string All = "all";

    public string Name => "unsubscribe";
    public IReadOnlyList<string> Aliases => [];
    public string Usage => "unsubscribe <topic>";
    public string? Description => "stop the updates on a topic (or `all`)";
    public bool TakesArguments => true;
    public CommandAccess Access => CommandAccess.Everyone;

    public async Task<IReadOnlyList<Activity>> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var activity = context.Activity;
        var channel = activity.ChannelId ?? "";
        var conversation = activity.Conversation?.Id ?? "";
        var asked = TopicArguments.Topic(context.Arguments);
        if (asked.Length == 0) return [Say(activity, "Which topic? For example `unsubscribe border delimitation`, or `unsubscribe all`.")];

        if (string.Equals(asked, All, StringComparison.OrdinalIgnoreCase))
        {
            var removed = await store.RemoveAllAsync(channel, conversation, cancellationToken);
            Log.UnsubscribedAll(logger, channel, conversation, removed);
            return [Say(activity, removed switch
            {
                0 => "This conversation has no subscriptions.",
                1 => "Unsubscribed this conversation from its one topic.",
                _ => $"Unsubscribed this conversation from all {removed} topics.",
            })];
        }

        if (knowledge.ResolveTopic(asked) is not { } topic) return [Say(activity, TopicArguments.Unknown(knowledge, asked, ChannelProfile.For(activity).Style))];
        var found = await store.RemoveAsync(channel, conversation, topic.Id, cancellationToken);
        Log.Unsubscribed(logger, channel, conversation, topic.Id, found);
        return [Say(activity, found
            ? $"Unsubscribed this conversation from {topic.Name}."
            : $"This conversation isn't subscribed to {topic.Name}.")];
    }

    private static Activity Say(Activity activity, string text) => AnswerRenderer.RenderMessage(activity, text);
}
