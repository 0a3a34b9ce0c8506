using ChatBot.Bot.Feedback;
using ChatBot.Bot.Protocol;
using ChatBot.Bot.Turns;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Dialogs;

/// <summary>The bot's <see cref="ITurnHandler"/>: routes each activity type to its dialog.</summary>
public sealed class DialogTurnHandler(
    MessageDialog messages,
    WelcomeDialog welcome,
    FeedbackDialog feedback,
    IEnumerable<IBotRemovedListener> removedListeners,
    ILogger<DialogTurnHandler> logger) : ITurnHandler
{
    public async Task<TurnResult> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                return new TurnResult(await messages.HandleAsync(activity, cancellationToken));
            case ActivityTypes.ConversationUpdate:
                if (BotWasRemoved(activity)) await TellRemovedAsync(activity, cancellationToken);
                return new TurnResult(welcome.OnConversationUpdate(activity));
            case ActivityTypes.InstallationUpdate:
                if (string.Equals(activity.Action, "remove", StringComparison.Ordinal)) await TellRemovedAsync(activity, cancellationToken);
                return new TurnResult(welcome.OnInstallationUpdate(activity));
            case ActivityTypes.MessageReaction:
                await feedback.OnReactionAsync(activity, cancellationToken);
                return TurnResult.Empty;
            case ActivityTypes.Invoke when FeedbackDialog.IsFeedbackInvoke(activity):
                return await feedback.OnFeedbackInvokeAsync(activity, cancellationToken);
            case ActivityTypes.Invoke:
                // No invoke response: the endpoint answers 501, as the SDK does for unhandled invokes.
                Log.UnhandledInvoke(logger, activity.Name);
                return TurnResult.Empty;
            default:
                Log.UnhandledActivity(logger, activity.Type);
                return TurnResult.Empty;
        }
    }

    private static bool BotWasRemoved(Activity activity) =>
        activity.Recipient?.Id is { Length: > 0 } bot
        && activity.MembersRemoved is { Count: > 0 } removed
        && removed.Any(m => string.Equals(m.Id, bot, StringComparison.Ordinal));

    private async Task TellRemovedAsync(Activity activity, CancellationToken cancellationToken)
    {
        foreach (var listener in removedListeners) await listener.OnBotRemovedAsync(activity, cancellationToken);
    }
}
