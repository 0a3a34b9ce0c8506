namespace ChatBot.Bot.Dialogs;

/// <summary>Who may run a command.</summary>
public enum CommandAccess
{
    /// <summary>Every user.</summary>
    Everyone,
    /// <summary>Users listed in <c>Admin:UserIds</c>.</summary>
    Admin,
}
