namespace ChatBot.Bot.Commands.Admin;

/// <summary>Who may run admin commands, and the key of <c>POST /admin/reindex</c> (section <c>Admin</c>).</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    /// <summary>
    /// Channel user ids (<c>from.id</c>) and Teams AAD object ids (<c>from.aadObjectId</c>) allowed to run admin
    /// commands, matched exactly as received.
    /// </summary>
    /// <value>Default empty: nobody is an admin.</value>
    public IList<string> UserIds { get; } = [];

    /// <summary>Key expected in the <c>X-Api-Key</c> header of <c>POST /admin/reindex</c>.</summary>
    /// <value>Default empty: the endpoint is disabled.</value>
    public string ApiKey { get; set; } = "";
}
