using System.Text;
using ChatBot.Bot.Channels;
using ChatBot.Bot.Dialogs;
using ChatBot.Bot.Protocol;
using ChatBot.Bot.Rendering;
using ChatBot.Knowledge.Answers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Commands;

/// <summary>
/// <c>help</c>: what the bot knows (sources, dates, topics), the commands the sender may run and example questions.
/// </summary>
/// <remarks>
/// The command list comes from the <see cref="CommandRegistry"/>, resolved when help runs: the registry is built from
/// every command, this one included, so it cannot be a constructor dependency.
/// </remarks>
public sealed class HelpCommand(
    IKnowledgeBase knowledge,
    IOptions<DialogOptions> options,
    ICommandAuthorizer authorizer,
    IServiceProvider services) : ICommand
{
    public string Name => "help";
    public IReadOnlyList<string> Aliases => ["commands"];
    public string? Description => "what I know and how to ask";
    public bool TakesArguments => false;
    public CommandAccess Access => CommandAccess.Everyone;

    public Task<IReadOnlyList<Activity>> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var style = ChannelProfile.For(context.Activity).Style;
        var bullet = Markup.Bullet(style);
        var sb = new StringBuilder(KnowledgeSummary.Describe(knowledge, options.Value.Subject));
        if (knowledge.Topics.Count > 0) sb.Append("\n\nTopics: ").AppendJoin(", ", knowledge.Topics).Append('.');
        sb.Append("\n\nCommands:");
        foreach (var command in services.GetRequiredService<CommandRegistry>().Commands)
        {
            if (command.Description is null || !authorizer.IsAllowed(context.Activity, command.Access)) continue;
            sb.Append('\n').Append(bullet).Append('`').Append(command.Usage).Append("`: ").Append(command.Description);
        }

        // Comments are picked up by the feedback dialog rather than a command, so they have no registry entry.
        sb.Append('\n').Append(bullet).Append("`feedback: <comment>`: tell the maintainers about my last answer");
        var examples = knowledge.ExampleQuestions.Take(5).ToList();
        var reply = AnswerRenderer.RenderMessage(context.Activity, sb.ToString(), examples, "Try asking:");
        return Task.FromResult<IReadOnlyList<Activity>>([reply]);
    }
}
