using ChatBot.Bot.Protocol;

namespace ChatBot.Bot.Dialogs;

/// <summary>
/// Told when the bot leaves a conversation: the app was uninstalled (<c>installationUpdate</c> remove) or the bot was
/// removed from the members (<c>conversationUpdate</c>), so that anything kept for that conversation can go.
/// </summary>
public interface IBotRemovedListener
{
    Task OnBotRemovedAsync(Activity activity, CancellationToken cancellationToken);
}
