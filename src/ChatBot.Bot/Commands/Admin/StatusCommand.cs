using System.Globalization;
using System.Text;
using ChatBot.Bot.Dialogs;
using ChatBot.Bot.Protocol;
using ChatBot.Bot.Rendering;
using ChatBot.Knowledge.Hosting;

namespace ChatBot.Bot.Commands.Admin;

/// <summary><c>status</c> (admins): the serving index version, when it was built, its size, and the last reindex result.</summary>
public sealed class StatusCommand(IKnowledgeAdmin admin) : ICommand
{
    public string Name => "status";
    public IReadOnlyList<string> Aliases => [];
    public string? Description => "the serving index and the last reindex (admins)";
    public bool TakesArguments => false;
    public CommandAccess Access => CommandAccess.Admin;

    public Task<IReadOnlyList<Activity>> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult<IReadOnlyList<Activity>>([AnswerRenderer.RenderMessage(context.Activity, Describe(admin.Status))]);
    }

    /// <summary>The status in words: one line for the serving index, then the last report.</summary>
    public static string Describe(KnowledgeStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        if (status.Version == 0)
        {
            sb.Append("No index is serving yet; it is still loading or its build failed.");
        }
        else
        {
            var built = status.BuiltAt is { } at ? at.UtcDateTime.ToString("d MMMM yyyy HH:mm 'UTC'", inv) : "at an unknown time";
            sb.Append(inv, $"Index version {status.Version}, built {built}: ")
              .Append(inv, $"{status.Sources:N0} sources, {status.Paragraphs:N0} paragraphs, {status.Facts:N0} facts.");
        }

        if (status.Rebuilding) sb.Append("\n\nA reindex is running now").Append(Progress(status.Progress)).Append("; this index keeps answering until the new one is ready.");
        sb.Append("\n\nLast reindex: ").Append(status.LastReport is { } report ? ReindexReportText.Format(report) : "none since the bot started.");
        return sb.ToString();
    }

    private static string Progress(ReindexProgress? progress)
    {
        if (progress is null) return "";
        var inv = CultureInfo.InvariantCulture;
        var left = progress.Remaining is { } remaining ? string.Create(inv, $", about {Math.Ceiling(remaining.TotalSeconds):N0} s left") : "";
        return string.Create(inv, $" ({progress.Stage}: {progress.Done:N0} of {progress.Total:N0} {progress.Unit}, {progress.Percent}%{left})");
    }
}
