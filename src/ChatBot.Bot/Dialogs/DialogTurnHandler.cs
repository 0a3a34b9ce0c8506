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
                return new TurnResult(welcome.OnConversationUpdate(activity));
            case ActivityTypes.InstallationUpdate:
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
}
