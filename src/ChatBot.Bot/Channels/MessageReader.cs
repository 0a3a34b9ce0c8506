using System.Text.Json;
using System.Text.RegularExpressions;
using ChatBot.Bot.Protocol;

namespace ChatBot.Bot.Channels;

/// <summary>
/// Reads an inbound message: removes the bot's mentions (Teams <c>&lt;at&gt;Name&lt;/at&gt;</c>, Slack
/// <c>&lt;@U…&gt;</c> and <c>@name</c>), tells whether the bot was mentioned and whether the conversation is a group.
/// </summary>
public static partial class MessageReader
{
    public static IncomingMessage Read(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? "";
        var mentioned = false;
        var botIds = BotIds(activity);
        var botName = activity.Recipient?.Name;

        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.ValueKind != JsonValueKind.Object || Str(entity, "type") != "mention") continue;
            if (!entity.TryGetProperty("mentioned", out var who) || who.ValueKind != JsonValueKind.Object) continue;
            var id = Str(who, "id");
            var name = Str(who, "name");
            var isBot = (id is { Length: > 0 } && (botIds.Contains(id) || botIds.Contains(id.Split(':')[0])))
                || (botName is { Length: > 0 } && string.Equals(name, botName, StringComparison.OrdinalIgnoreCase) && activity.ChannelId != ChannelIds.MsTeams);
            if (!isBot) continue;
            mentioned = true;
            var mentionText = Str(entity, "text") is { Length: > 0 } t ? t : $"<at>{name}</at>";
            text = text.Replace(mentionText, " ", StringComparison.Ordinal);
        }

        if (activity.ChannelId == ChannelIds.Slack)
        {
            text = SlackUserMention().Replace(text, m =>
            {
                if (!botIds.Contains(m.Groups["id"].Value)) return m.Value;
                mentioned = true;
                return " ";
            });
            if (botName is { Length: > 0 })
            {
                var named = text.Replace("@" + botName, " ", StringComparison.OrdinalIgnoreCase);
                mentioned |= !string.Equals(named, text, StringComparison.Ordinal);
                text = named;
            }
        }

        return new IncomingMessage(CollapseSpaces(text), mentioned, IsGroup(activity), IsFromBot(activity));
    }

    /// <summary>True in channels and group chats (Teams <c>channel</c>/<c>groupChat</c>, Slack channels, <c>isGroup</c>).</summary>
    public static bool IsGroup(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Conversation?.IsGroup == true) return true;
        if (activity.Conversation?.ConversationType is "channel" or "groupChat") return true;
        if (activity.ChannelId != ChannelIds.Slack) return false;
        if (SlackEvent(activity) is { } e && Str(e, "channel_type") is { } type) return type is "channel" or "group" or "mpim";

        // Slack conversation ids read {botId}:{teamId}:{channelId}[:{threadTs}]; D… channels are direct messages.
        var parts = (activity.Conversation?.Id ?? "").Split(':');
        return parts.Length >= 3 && parts[2].Length > 0 && parts[2][0] is 'C' or 'G';
    }

    private static bool IsFromBot(Activity activity) =>
        activity.ChannelId == ChannelIds.Slack && SlackEvent(activity) is { } e
        && (Str(e, "bot_id") is { Length: > 0 } || Str(e, "subtype") == "bot_message");

    // The ids the bot goes by: its recipient id (and, on Slack, its parts and the app's bot user from the raw event).
    private static HashSet<string> BotIds(Activity activity)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (activity.Recipient?.Id is { Length: > 0 } rid)
        {
            ids.Add(rid);
            foreach (var part in rid.Split(':')) if (part.Length > 0) ids.Add(part);
        }

        if (activity.ChannelId == ChannelIds.Slack && SlackMessage(activity) is { } raw)
        {
            if (raw.TryGetProperty("authorizations", out var auths) && auths.ValueKind == JsonValueKind.Array)
            {
                foreach (var a in auths.EnumerateArray()) if (Str(a, "user_id") is { Length: > 0 } u) ids.Add(u);
            }

            if (raw.TryGetProperty("authed_users", out var users) && users.ValueKind == JsonValueKind.Array)
            {
                foreach (var u in users.EnumerateArray()) if (u.ValueKind == JsonValueKind.String && u.GetString() is { Length: > 0 } s) ids.Add(s);
            }
        }

        return ids;
    }

    private static JsonElement? SlackMessage(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } cd && cd.TryGetProperty("SlackMessage", out var raw) && raw.ValueKind == JsonValueKind.Object
            ? raw
            : null;

    private static JsonElement? SlackEvent(Activity activity) =>
        SlackMessage(activity) is { } raw && raw.TryGetProperty("event", out var e) && e.ValueKind == JsonValueKind.Object ? e : null;

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string CollapseSpaces(string text) => Whitespace().Replace(text.Replace("&nbsp;", " ", StringComparison.Ordinal), " ").Trim();

    [GeneratedRegex(@"<@(?<id>[A-Z0-9]+)(?:\|[^>]*)?>", RegexOptions.CultureInvariant)]
    private static partial Regex SlackUserMention();

    [GeneratedRegex(@"[ \t\u00A0]+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
