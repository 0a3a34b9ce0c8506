using System.Text;
using ChatBot.Bot.Channels;
using ChatBot.Bot.Dialogs;
using ChatBot.Bot.Protocol;
using ChatBot.Bot.Rendering;

namespace ChatBot.Bot.Commands.Admin;

/// <summary>
/// <c>whoami</c>: the ids the bot sees for the sender, and whether they are an admin, so that whoever sets the bot up
/// can copy the id into <c>Admin:UserIds</c>.
/// </summary>
public sealed class WhoAmICommand(ICommandAuthorizer authorizer) : ICommand
{
    public string Name => "whoami";
    public IReadOnlyList<string> Aliases => ["myid"];
    public string? Description => "your user id, for the admin list";
    public bool TakesArguments => false;
    public CommandAccess Access => CommandAccess.Everyone;

    public Task<IReadOnlyList<Activity>> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var activity = context.Activity;
        var from = activity.From;
        var style = ChannelProfile.For(activity).Style;
        var sb = new StringBuilder();
        sb.Append("Your user id on ").Append(activity.ChannelId is { Length: > 0 } channel ? Markup.UserText(style, channel) : "this channel")
            .Append(" is ").Append(from?.Id is { Length: > 0 } id ? Markup.UserText(style, id) : "(none)");
        if (from?.AadObjectId is { Length: > 0 } aad) sb.Append(" and your AAD object id is ").Append(Markup.UserText(style, aad));
        sb.Append('.');
        sb.Append(authorizer.IsAllowed(activity, CommandAccess.Admin)
            ? "\n\nYou are an admin: `reindex` and `status` are open to you."
            : "\n\nYou are not an admin. To make you one, the bot's operator adds one of these ids to `Admin:UserIds`.");
        return Task.FromResult<IReadOnlyList<Activity>>([AnswerRenderer.RenderMessage(activity, sb.ToString())]);
    }
}
