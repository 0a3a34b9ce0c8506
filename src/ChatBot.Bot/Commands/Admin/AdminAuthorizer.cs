using ChatBot.Bot.Dialogs;
using ChatBot.Bot.Protocol;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Commands.Admin;

/// <summary>
/// Lets everyone run ordinary commands and only the users listed in <see cref="AdminOptions.UserIds"/> run admin
/// commands, matched on <c>from.id</c> or <c>from.aadObjectId</c>. The list is read on every check, so a changed
/// setting applies without a restart.
/// </summary>
public sealed class AdminAuthorizer(IOptionsMonitor<AdminOptions> options) : ICommandAuthorizer
{
    public bool IsAllowed(Activity activity, CommandAccess access)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return access == CommandAccess.Everyone || IsAdmin(activity.From);
    }

    private bool IsAdmin(ChannelAccount? user)
    {
        if (user is null) return false;
        foreach (var entry in options.CurrentValue.UserIds)
        {
            var id = entry?.Trim();
            if (string.IsNullOrEmpty(id)) continue;
            if (string.Equals(id, user.Id, StringComparison.Ordinal) || string.Equals(id, user.AadObjectId, StringComparison.Ordinal)) return true;
        }

        return false;
    }
}
