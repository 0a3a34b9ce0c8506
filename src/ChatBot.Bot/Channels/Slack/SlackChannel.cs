using System.Text.Json;
using System.Text.RegularExpressions;
using ChatBot.Bot.Protocol;

namespace ChatBot.Bot.Channels.Slack;

/// <summary>
/// Slack: mrkdwn, no entity, no cards, no typing indicator. Slack relays every message of a channel the bot has
/// joined, bots' messages too, and writes mentions into the text (<c>&lt;@U…&gt;</c>, <c>@name</c>).
/// </summary>
public sealed partial class SlackChannel : Channel
{
    // PROTOCOL: Slack gets no entity and no cards (the Slack channel does not map them); mrkdwn sent as plain text so
    // the channel's undocumented Markdown conversion leaves *bold* alone; Slack advises ≤4,000 characters.
    private static readonly ChannelProfile Mrkdwn = new(TextStyle.SlackMrkdwn, "plain", false, 0, null, 80, false, false, 4_000);

    public override IReadOnlyList<string> Ids { get; } = [ChannelIds.Slack];

    public override string DefaultTextFormat => "plain";

    public override bool ShowsTyping => false;

    public override bool AddressesBotInEveryGroupMessage => false;

    public override ChannelProfile Profile(Activity activity) => Mrkdwn;

    // The app's bot user, from the raw event.
    public override IEnumerable<string> BotIds(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (SlackMessage(activity) is not { } raw) yield break;
        if (raw.TryGetProperty("authorizations", out var auths) && auths.ValueKind == JsonValueKind.Array)
        {
            foreach (var a in auths.EnumerateArray()) if (Str(a, "user_id") is { Length: > 0 } u) yield return u;
        }

        if (raw.TryGetProperty("authed_users", out var users) && users.ValueKind == JsonValueKind.Array)
        {
            foreach (var u in users.EnumerateArray()) if (u.ValueKind == JsonValueKind.String && u.GetString() is { Length: > 0 } s) yield return s;
        }
    }

    public override bool RemoveTextMentions(Activity activity, IReadOnlySet<string> botIds, ref string text)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(botIds);
        var mentioned = false;
        text = SlackUserMention().Replace(text, m =>
        {
            if (!botIds.Contains(m.Groups["id"].Value)) return m.Value;
            mentioned = true;
            return " ";
        });
        if (activity.Recipient?.Name is { Length: > 0 } botName)
        {
            var named = text.Replace("@" + botName, " ", StringComparison.OrdinalIgnoreCase);
            mentioned |= !string.Equals(named, text, StringComparison.Ordinal);
            text = named;
        }

        return mentioned;
    }

    public override bool IsGroup(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (SlackEvent(activity) is { } e && Str(e, "channel_type") is { } type) return type is "channel" or "group" or "mpim";

        // Slack conversation ids read {botId}:{teamId}:{channelId}[:{threadTs}]; D… channels are direct messages.
        var parts = (activity.Conversation?.Id ?? "").Split(':');
        return parts.Length >= 3 && parts[2].Length > 0 && parts[2][0] is 'C' or 'G';
    }

    public override bool IsFromBot(Activity activity) =>
        SlackEvent(activity) is { } e && (Str(e, "bot_id") is { Length: > 0 } || Str(e, "subtype") == "bot_message");

    private static JsonElement? SlackMessage(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } cd && cd.TryGetProperty("SlackMessage", out var raw) && raw.ValueKind == JsonValueKind.Object
            ? raw
            : null;

    private static JsonElement? SlackEvent(Activity activity) =>
        SlackMessage(activity) is { } raw && raw.TryGetProperty("event", out var e) && e.ValueKind == JsonValueKind.Object ? e : null;

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    [GeneratedRegex(@"<@(?<id>[A-Z0-9]+)(?:\|[^>]*)?>", RegexOptions.CultureInvariant)]
    private static partial Regex SlackUserMention();
}
