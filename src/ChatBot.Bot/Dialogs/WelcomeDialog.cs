using ChatBot.Bot.Channels;
using ChatBot.Bot.Protocol;
using ChatBot.Bot.Rendering;
using ChatBot.Bot.State;
using ChatBot.Knowledge.Answers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Dialogs;

/// <summary>
/// The welcome: a short introduction and three example questions, sent once per conversation when the bot or a user
/// joins (<c>conversationUpdate</c>) or the app is installed (<c>installationUpdate</c> add).
/// </summary>
public sealed class WelcomeDialog(IKnowledgeBase knowledge, IConversationStateStore states, IOptions<DialogOptions> options, ILogger<WelcomeDialog> logger)
{
    public IReadOnlyList<Activity> OnConversationUpdate(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        // Teams sends the bot's own add; Direct Line sends the bot's and the user's: either starts the conversation.
        return activity.MembersAdded is { Count: > 0 } ? WelcomeOnce(activity) : [];
    }

    public IReadOnlyList<Activity> OnInstallationUpdate(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return string.Equals(activity.Action, "add", StringComparison.Ordinal) ? WelcomeOnce(activity) : [];
    }

    private IReadOnlyList<Activity> WelcomeOnce(Activity activity)
    {
        var first = false;
        states.Update(ConversationKey.For(activity), state =>
        {
            first = !state.Welcomed;
            return state with { Welcomed = true };
        });
        if (!first) return [];

        var o = options.Value;
        var text = $"Hi, I'm {o.DisplayName}. {KnowledgeSummary.Describe(knowledge, o.Subject)} Type `help` to see what I know.";
        var reply = AnswerRenderer.RenderMessage(activity, text, [.. knowledge.ExampleQuestions.Take(3)], "Try asking:");
        if (activity.Type == ActivityTypes.ConversationUpdate && ChannelRegistry.For(activity).WelcomeRepliesToNoMessage)
        {
            reply.ReplyToId = null;
        }

        Log.Welcomed(logger, activity.ChannelId);
        return [reply];
    }
}
