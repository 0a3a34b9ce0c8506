using ChatBot.Bot.Channels;
using ChatBot.Bot.Dialogs;
using ChatBot.Bot.Protocol;
using ChatBot.Bot.Rendering;
using ChatBot.Bot.Subscriptions;
using ChatBot.Knowledge.Answers;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Commands.Subscriptions;

/// <summary>
/// <c>subscribe &lt;topic&gt;</c>: after every reindex, the new facts on the topic are posted to this conversation.
/// The conversation reference comes from the (validated) message that asks.
/// </summary>
public sealed class SubscribeCommand(
    IKnowledgeBase knowledge,
    ISubscriptionStore store,
    TimeProvider clock,
    ILogger<SubscribeCommand> logger) : ICommand
{
    public string Name => "subscribe";
    public IReadOnlyList<string> Aliases => [];
    public string Usage => "subscribe <topic>";
    public string? Description => "post new facts on a topic here after each reindex";
    public bool TakesArguments => true;
    public CommandAccess Access => CommandAccess.Everyone;

    public async Task<IReadOnlyList<Activity>> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var activity = context.Activity;
        var asked = TopicArguments.Topic(context.Arguments);
        if (asked.Length == 0)
        {
            return [Say(activity, $"Which topic? For example `subscribe border delimitation`. {TopicArguments.Known(knowledge)}".TrimEnd())];
        }

        if (knowledge.ResolveTopic(asked) is not { } topic) return [Say(activity, TopicArguments.Unknown(knowledge, asked, ChannelProfile.For(activity).Style))];
        var version = knowledge.CurrentVersion;
        if (version <= 0) return [Say(activity, "I'm still loading the sources; please subscribe again in a moment.")];
        if (ConversationReference.From(activity) is not { } reference)
        {
            return [Say(activity, "I can't post to this conversation later (the channel gave no address for it), so I can't subscribe it.")];
        }

        var added = await store.AddAsync(reference, topic.Id, version, clock.GetUtcNow(), cancellationToken);
        Log.Subscribed(logger, reference.ChannelId, reference.ConversationId, topic.Id, version, added);
        return added
            ? [Say(activity, $"Subscribed this conversation to the topic “{topic.Name}”. After each reindex I'll post the new facts on it here, with their sources. Type `unsubscribe {topic.Id}` to stop.")]
            : [Say(activity, $"This conversation is already subscribed to {topic.Name}. New facts on it are posted here after each reindex.")];
    }

    private static Activity Say(Activity activity, string text) => AnswerRenderer.RenderMessage(activity, text);
}
