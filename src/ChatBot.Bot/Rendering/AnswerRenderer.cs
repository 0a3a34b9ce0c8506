using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Bot.Channels;
using ChatBot.Bot.Protocol;
using ChatBot.Knowledge.Answers;

namespace ChatBot.Bot.Rendering;

/// <summary>
/// Turns answers and the bot's own messages into reply activities for the inbound activity's channel. An answer's
/// first line is always its lead (or, for a decline, the notice); passages are verbatim; the citation entity's
/// positions match the [n] markers.
/// </summary>
public sealed class AnswerRenderer(CitationEntityBuilder entities)
{
    public const string DefaultDeclineNotice = "I couldn't find that in the sources.";

    // Without line markers an answer still shows its first few passages.
    private const int DefaultShown = 3;

    // Passage lengths tried in the source list when the whole text is too long for the channel.
    private static readonly int?[] PassageLimits = [null, 400, 200];

    public RenderedReply Render(Activity inbound, Answer answer)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(answer);
        var profile = ChannelProfile.For(inbound);
        if (answer.Kind is AnswerKind.Declined or AnswerKind.Invalid || answer.Lines.Count == 0)
        {
            var notice = answer.Notice is { Length: > 0 } n ? n.Trim() : DefaultDeclineNotice;
            return new RenderedReply(RenderMessage(inbound, notice, answer.Suggestions, "You could ask:"), [], []);
        }

        var (shown, pending) = SelectShown(answer);
        var anchors = Anchors(answer.Lines);
        var text = "";
        foreach (var limit in PassageLimits)
        {
            text = Compose(answer, shown, pending.Count, anchors, limit, profile.Style);
            if (text.Length <= profile.MaxTextLength) break;
        }

        // Still too long: leave the last passages for "more".
        while (text.Length > profile.MaxTextLength && shown.Count > 1)
        {
            pending.Insert(0, shown[^1]);
            shown.RemoveAt(shown.Count - 1);
            text = Compose(answer, shown, pending.Count, anchors, PassageLimits[^1], profile.Style);
        }

        var reply = CreateReply(inbound, Cut(text, profile.MaxTextLength), profile);
        if (profile.CitationEntity && shown.Count > 0) reply.Entities = [entities.Build(shown, anchors, profile)];
        if (profile.FeedbackLoop) reply.ChannelData = JsonSerializer.SerializeToElement(new JsonObject { ["feedbackLoop"] = new JsonObject { ["type"] = "default" } });
        return new RenderedReply(reply, shown, pending);
    }

    /// <summary>The next passages of an earlier answer, numbered as they were there.</summary>
    public RenderedReply RenderMore(Activity inbound, IReadOnlyList<Citation> pending, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(pending);
        var profile = ChannelProfile.For(inbound);
        if (pending.Count == 0)
        {
            return new RenderedReply(RenderMessage(inbound, "There are no further passages for the last answer."), [], []);
        }

        var page = pending.Take(pageSize).ToList();
        var rest = pending.Skip(page.Count).ToList();
        var sb = new StringBuilder("More passages from the last answer:");
        foreach (var citation in page) sb.Append("\n\n").Append(AnswerTextBuilder.Source(citation, citation.Passage));
        AppendMoreHint(sb, rest.Count);
        var reply = CreateReply(inbound, Cut(sb.ToString(), profile.MaxTextLength), profile);
        if (profile.CitationEntity) reply.Entities = [entities.Build(page, new Dictionary<int, string>(), profile)];
        return new RenderedReply(reply, page, rest);
    }

    /// <summary>A message in the bot's own words, with buttons for <paramref name="suggestions"/> where the channel has them.</summary>
    /// <param name="inbound">The activity replied to.</param>
    /// <param name="text">The message; its first line is the point.</param>
    /// <param name="suggestions">Questions to offer; listed in the text and, where possible, as buttons.</param>
    /// <param name="suggestionsHeading">Line shown above the listed suggestions.</param>
    public static Activity RenderMessage(Activity inbound, string text, IReadOnlyList<string>? suggestions = null, string? suggestionsHeading = null)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(text);
        var profile = ChannelProfile.For(inbound);
        var sb = new StringBuilder(text);
        if (suggestions is { Count: > 0 })
        {
            sb.Append("\n\n");
            if (suggestionsHeading is { Length: > 0 }) sb.Append(suggestionsHeading).Append('\n');
            sb.AppendJoin('\n', suggestions.Select(s => Markup.Bullet(profile.Style) + s));
        }

        var reply = CreateReply(inbound, Cut(sb.ToString(), profile.MaxTextLength), profile);
        if (profile.SuggestedActions && suggestions is { Count: > 0 })
        {
            var actions = new JsonArray();
            foreach (var s in suggestions.Take(3)) actions.Add(new JsonObject { ["type"] = "imBack", ["title"] = s, ["value"] = s });
            reply.SuggestedActions = JsonSerializer.SerializeToElement(new JsonObject { ["actions"] = actions });
        }

        return reply;
    }

    private static Activity CreateReply(Activity inbound, string text, ChannelProfile profile)
    {
        var reply = inbound.CreateReply(text);
        reply.TextFormat = profile.TextFormat;
        return reply;
    }

    private static (List<Citation> Shown, List<Citation> Pending) SelectShown(Answer answer)
    {
        var marked = answer.Lines.SelectMany(l => l.Citations).ToHashSet();
        var shown = marked.Count > 0
            ? answer.Citations.Where(c => marked.Contains(c.Position)).ToList()
            : answer.Citations.Take(DefaultShown).ToList();
        var pending = answer.Citations.Except(shown).ToList();
        return (shown, pending);
    }

    // The first quote that cites each passage is the part of it to keep in view when it is trimmed.
    private static Dictionary<int, string> Anchors(IReadOnlyList<AnswerLine> lines)
    {
        var anchors = new Dictionary<int, string>();
        foreach (var line in lines)
        {
            foreach (var n in line.Citations) anchors.TryAdd(n, line.Quote);
        }

        return anchors;
    }

    private static string Compose(Answer answer, List<Citation> shown, int pendingCount, Dictionary<int, string> anchors, int? passageLimit, TextStyle style)
    {
        var sb = new StringBuilder();
        sb.AppendJoin("\n\n", answer.Lines.Select(l => AnswerTextBuilder.Line(l, style)));

        // The notice follows the lines: the first line stays the answer's lead.
        if (answer.Notice is { Length: > 0 } notice) sb.Append("\n\n").Append(notice.Trim());
        foreach (var citation in shown)
        {
            var passage = passageLimit is { } max ? PassageTrimmer.Trim(citation.Passage, anchors.GetValueOrDefault(citation.Position), max) : citation.Passage;
            sb.Append("\n\n").Append(AnswerTextBuilder.Source(citation, passage));
        }

        AppendMoreHint(sb, pendingCount);
        return sb.ToString();
    }

    private static void AppendMoreHint(StringBuilder sb, int pendingCount)
    {
        if (pendingCount == 0) return;
        var noun = pendingCount == 1 ? "passage" : "passages";
        sb.Append(CultureInfo.InvariantCulture, $"\n\nType \"more\" for {pendingCount} further {noun}.");
    }

    private static string Cut(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), PassageTrimmer.Ellipsis.ToString());
}
