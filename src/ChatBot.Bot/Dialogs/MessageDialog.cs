using ChatBot.Bot.Channels;
using ChatBot.Bot.Feedback;
using ChatBot.Bot.Protocol;
using ChatBot.Bot.Rendering;
using ChatBot.Bot.State;
using ChatBot.Knowledge.Answers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Dialogs;

/// <summary>
/// A user's message: mentions removed, then feedback ("👍", "feedback: …"), a command, small talk, or a question
/// for the engine, asked with the conversation's last focus so that follow-ups resolve.
/// </summary>
public sealed class MessageDialog(
    IKnowledgeBase knowledge,
    IConversationStateStore states,
    AnswerRenderer renderer,
    CommandRegistry commands,
    ICommandAuthorizer authorizer,
    SmallTalk smallTalk,
    FeedbackVocabulary feedbackWords,
    FeedbackRecorder feedback,
    IOptions<DialogOptions> options,
    ILogger<MessageDialog> logger)
{
    public async Task<IReadOnlyList<Activity>> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var message = MessageReader.Read(activity);
        if (!message.AddressedToBot(activity.ChannelId))
        {
            Log.NotAddressed(logger, activity.Id);
            return [];
        }

        var key = ConversationKey.For(activity);
        var text = message.Text;
        var o = options.Value;
        if (text.Length == 0) return [Say(activity, $"Ask me a question about {o.Subject}, or type `help`.")];
        if (text.Length > o.MaxQuestionLength)
        {
            Log.QuestionTooLong(logger, activity.Id, text.Length);
            return [Say(activity, $"That message is too long for me ({text.Length:N0} characters). Please ask a shorter question, up to {o.MaxQuestionLength:N0} characters.")];
        }

        if (feedbackWords.TryReadMessage(text, out var reaction, out var comment))
        {
            var saved = await feedback.RecordAsync(activity, reaction, comment, states.Load(key).LastAnswer, cancellationToken);
            return [Say(activity, saved ? "Thanks for the feedback." : "Thanks. I couldn't save your feedback just now, sorry.")];
        }

        if (commands.TryMatch(text, out var command, out var arguments))
        {
            if (!authorizer.IsAllowed(activity, command.Access))
            {
                Log.CommandRefused(logger, command.Name, activity.From?.Id, activity.From?.AadObjectId, activity.ChannelId);
                return [Say(activity, $"Sorry, only the bot's admins can run `{command.Name}`. Type `whoami` to see the user id an admin would add.")];
            }

            Log.CommandRan(logger, command.Name, activity.Id);
            return [.. await command.ExecuteAsync(new CommandContext(activity, arguments, key), cancellationToken)];
        }

        if (smallTalk.TryReply(text, activity.Recipient?.Name) is { } chat) return [Say(activity, chat)];
        return Answer(activity, key, text);
    }

    private IReadOnlyList<Activity> Answer(Activity activity, string key, string text)
    {
        Log.Question(logger, activity.Id, text);
        var focus = states.Load(key).Focus;
        var answer = knowledge.Ask(new Question(text, focus));
        var rendered = renderer.Render(activity, answer);
        var replyText = rendered.Activity.Text ?? "";
        states.Update(key, state =>
        {
            if (answer.Focus is { } next) state = state with { Focus = next };
            return answer.HasCitations
                ? state.WithAnswer(new AnswerRecord(activity.Id, text, replyText, answer.Citations, rendered.Pending))
                : state;
        });

        Log.Answered(logger, activity.Id, answer.Kind, rendered.Shown.Count);
        if (answer.Kind is AnswerKind.Declined or AnswerKind.Closest) feedback.RecordUnanswered(activity, text, replyText);
        return [rendered.Activity];
    }

    private static Activity Say(Activity activity, string text) => AnswerRenderer.RenderMessage(activity, text);
}
