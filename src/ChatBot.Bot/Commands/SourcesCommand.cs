using System.Text;
using ChatBot.Bot.Channels;
using ChatBot.Bot.Dialogs;
using ChatBot.Bot.Protocol;
using ChatBot.Bot.Rendering;
using ChatBot.Knowledge.Answers;

namespace ChatBot.Bot.Commands;

/// <summary><c>sources</c>: each source with title, publisher and date, newest first.</summary>
public sealed class SourcesCommand(IKnowledgeBase knowledge) : ICommand
{
    // Room kept for the closing "and N more" line when a channel's length limit cuts the list.
    private const int Reserve = 100;

    public string Name => "sources";
    public IReadOnlyList<string> Aliases => ["source", "articles"];
    public string? Description => "the articles I answer from";
    public bool TakesArguments => false;
    public CommandAccess Access => CommandAccess.Everyone;

    public Task<IReadOnlyList<Activity>> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var profile = ChannelProfile.For(context.Activity);
        var sources = knowledge.Sources;
        if (sources.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<Activity>>([AnswerRenderer.RenderMessage(context.Activity, "I have no sources loaded yet.")]);
        }

        var sb = new StringBuilder(sources.Count == 1 ? "I answer from 1 source:" : $"I answer from {sources.Count} sources, newest first:");
        var listed = 0;
        foreach (var source in sources)
        {
            var publisher = source.Publisher is { Length: > 0 } p ? $", {p}" : "";
            var line = $"\n{Markup.Bullet(profile.Style)}{source.Title}{publisher}, {KnowledgeSummary.Date(source.Published)}";
            if (sb.Length + line.Length > profile.MaxTextLength - Reserve) break;
            sb.Append(line);
            listed++;
        }

        if (listed < sources.Count) sb.Append("\n…and ").Append(sources.Count - listed).Append(" more.");
        return Task.FromResult<IReadOnlyList<Activity>>([AnswerRenderer.RenderMessage(context.Activity, sb.ToString())]);
    }
}
