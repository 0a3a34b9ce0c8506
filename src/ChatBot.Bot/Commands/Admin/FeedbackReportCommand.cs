using System.Text;
using ChatBot.Bot.Channels;
using ChatBot.Bot.Dialogs;
using ChatBot.Bot.Feedback;
using ChatBot.Bot.Protocol;
using ChatBot.Bot.Rendering;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Commands.Admin;

/// <summary>
/// <c>feedback</c> (on its own): the recent negative feedback and unanswered questions, for the people who curate
/// the sources. An admin command: the dispatcher's <see cref="ICommandAuthorizer"/> decides who may run it.
/// </summary>
public sealed class FeedbackReportCommand(IFeedbackStore store, FeedbackBacklog queue, ILogger<FeedbackReportCommand> logger) : ICommand
{
    private const int Limit = 10;
    private const int Excerpt = 160;

    public string Name => "feedback";
    public IReadOnlyList<string> Aliases => ["unanswered"];
    public string? Description => null;
    public bool TakesArguments => false;
    public CommandAccess Access => CommandAccess.Admin;

    public async Task<IReadOnlyList<Activity>> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var style = ChannelProfile.For(context.Activity).Style;
        IReadOnlyList<FeedbackEntry> negative, unanswered;
        try
        {
            // What waits in the queue belongs in the report too.
            await queue.FlushAsync(cancellationToken);
            negative = await store.RecentAsync([FeedbackReaction.Dislike, FeedbackReaction.Text], Limit, cancellationToken);
            unanswered = await store.RecentAsync([FeedbackReaction.Unanswered], Limit, cancellationToken);
        }
        catch (Exception ex) when (FeedbackBacklog.IsStorageFailure(ex))
        {
            Log.FeedbackReadFailed(logger, ex);
            return [AnswerRenderer.RenderMessage(context.Activity, "I can't read the feedback store right now; the log has the details.")];
        }

        var sb = new StringBuilder("Recent feedback and unanswered questions.");
        sb.Append("\n\n").Append(Markup.Bold(style, "Negative feedback")).Append(negative.Count == 0 ? "\nNone." : "");
        foreach (var e in negative)
        {
            var what = e.Reaction == FeedbackReaction.Dislike ? "👎" : "💬";
            sb.Append('\n').Append(Markup.Bullet(style)).Append(Stamp(e, style)).Append(' ').Append(what);
            if (e.Comment is { Length: > 0 } c) sb.Append(' ').Append(Markup.UserText(style, Shorten(c)));
            if (e.Question is { Length: > 0 } q) sb.Append(" on ").Append(Markup.UserText(style, Shorten(q)));
        }

        sb.Append("\n\n").Append(Markup.Bold(style, "Unanswered questions")).Append(unanswered.Count == 0 ? "\nNone." : "");
        foreach (var e in unanswered)
        {
            sb.Append('\n').Append(Markup.Bullet(style)).Append(Stamp(e, style)).Append(' ').Append(Markup.UserText(style, Shorten(e.Question ?? "")));
        }

        return [AnswerRenderer.RenderMessage(context.Activity, sb.ToString())];
    }

    // The channel id is whatever the sender's activity said; in local mode that is anyone's to write.
    private static string Stamp(FeedbackEntry e, TextStyle style) =>
        e.Timestamp.UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " " + Markup.UserText(style, e.Channel);

    private static string Shorten(string text) => PassageTrimmer.Trim(text.ReplaceLineEndings(" "), null, Excerpt);
}
