using ChatBot.Bot.Dialogs;
using ChatBot.Bot.Protocol;
using ChatBot.Bot.Rendering;
using ChatBot.Knowledge.Answers;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Commands;

/// <summary><c>about</c>: what the bot is and how it answers.</summary>
public sealed class AboutCommand(IKnowledgeBase knowledge, IOptions<DialogOptions> options) : ICommand
{
    public string Name => "about";
    public IReadOnlyList<string> Aliases => ["info"];
    public string? Description => "what I am and how I answer";
    public bool TakesArguments => false;
    public CommandAccess Access => CommandAccess.Everyone;

    public Task<IReadOnlyList<Activity>> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var o = options.Value;
        var text = $"{o.DisplayName}: {KnowledgeSummary.Describe(knowledge, o.Subject)}\n\n"
            + "Every answer quotes the sources word for word: the first line answers, the numbered passages below show where it comes from, "
            + "with title, publisher and date. When the sources don't say, I tell you so instead of guessing.\n\n"
            + "Type `sources` to see the articles, `help` for examples.";
        return Task.FromResult<IReadOnlyList<Activity>>([AnswerRenderer.RenderMessage(context.Activity, text)]);
    }
}
