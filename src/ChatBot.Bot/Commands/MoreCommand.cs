using ChatBot.Bot.Dialogs;
using ChatBot.Bot.Protocol;
using ChatBot.Bot.Rendering;
using ChatBot.Bot.State;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Commands;

/// <summary><c>more</c>: the next passages of the last answer in this conversation, beyond those already shown.</summary>
public sealed class MoreCommand(IConversationStateStore states, AnswerRenderer renderer, IOptions<DialogOptions> options) : ICommand
{
    public string Name => "more";
    public IReadOnlyList<string> Aliases => ["next", "continue"];
    public string? Description => "further passages for my last answer";
    public bool TakesArguments => false;
    public CommandAccess Access => CommandAccess.Everyone;

    public Task<IReadOnlyList<Activity>> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        RenderedReply? rendered = null;
        states.Update(context.ConversationKey, state =>
        {
            var last = state.LastAnswer;
            rendered = renderer.RenderMore(context.Activity, last?.Pending ?? [], options.Value.MorePageSize);
            return last is null ? state : state.WithLastAnswer(last with { Pending = rendered.Pending });
        });
        return Task.FromResult<IReadOnlyList<Activity>>([rendered!.Activity]);
    }
}
