using ChatBot.Bot.Dialogs;
using ChatBot.Bot.Protocol;
using ChatBot.Bot.Rendering;
using ChatBot.Knowledge.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Commands.Admin;

/// <summary>
/// <c>reindex</c> (admins): rebuilds the index from the seeds folder while the current one keeps answering, then
/// replies with the report. Runs through <see cref="IKnowledgeAdmin.ReindexAsync"/>, so subscribers hear of new facts.
/// Channels show a typing indicator while the build runs.
/// </summary>
public sealed class ReindexCommand(IKnowledgeAdmin admin, ILogger<ReindexCommand> logger) : ICommand
{
    public string Name => "reindex";
    public IReadOnlyList<string> Aliases => ["re-index"];
    public string? Description => "rebuild the index from the seeds folder (admins)";
    public bool TakesArguments => false;
    public CommandAccess Access => CommandAccess.Admin;

    public async Task<IReadOnlyList<Activity>> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        Log.ReindexRequested(logger, context.Activity.From?.Id, context.Activity.ChannelId);
        var report = await admin.ReindexAsync(cancellationToken);
        Log.ReindexFinished(logger, report.Outcome, report.Version, context.Activity.From?.Id);
        return [AnswerRenderer.RenderMessage(context.Activity, ReindexReportText.Format(report))];
    }
}
