using ChatBot.Bot.Protocol;

namespace ChatBot.Bot.Dialogs;

/// <summary>The authorizer used until admin identities are configured: every command is open to every user.</summary>
public sealed class AllowEveryoneAuthorizer : ICommandAuthorizer
{
    public bool IsAllowed(Activity activity, CommandAccess access) => true;
}
