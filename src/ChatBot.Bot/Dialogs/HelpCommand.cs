using System.Text;
using ChatBot.Bot.Protocol;
using ChatBot.Bot.Rendering;
using ChatBot.Knowledge.Answers;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Dialogs;

/// <summary><c>help</c>: what the bot knows (sources, dates, topics), its commands and example questions.</summary>
public sealed class HelpCommand(IKnowledgeBase knowledge, IOptions<DialogOptions> options) : ICommand
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
        sb.Append('\n').Append(bullet).Append("`help`: this message");
        sb.Append('\n').Append(bullet).Append("`sources`: the articles I answer from");
        sb.Append('\n').Append(bullet).Append("`about`: what I am and how I answer");
        sb.Append('\n').Append(bullet).Append("`more`: further passages for my last answer");
        sb.Append('\n').Append(bullet).Append("`feedback: <comment>`: tell the maintainers about my last answer");
        sb.Append('\n').Append(bullet).Append("`subscribe <topic>`: post new facts on a topic here after each reindex (`unsubscribe <topic>`, `subscriptions`)");
        var examples = knowledge.ExampleQuestions.Take(5).ToList();
        var reply = AnswerRenderer.RenderMessage(context.Activity, sb.ToString(), examples, "Try asking:");
        return Task.FromResult<IReadOnlyList<Activity>>([reply]);
    }
}
