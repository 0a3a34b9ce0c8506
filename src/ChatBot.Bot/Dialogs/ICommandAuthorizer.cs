using ChatBot.Bot.Protocol;

namespace ChatBot.Bot.Dialogs;

/// <summary>Decides whether the sender of a message may run a command of a given access level.</summary>
public interface ICommandAuthorizer
{
    bool IsAllowed(Activity activity, CommandAccess access);
}
