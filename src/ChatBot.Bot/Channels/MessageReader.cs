using System.Text.Json;
using System.Text.RegularExpressions;
using ChatBot.Bot.Protocol;

namespace ChatBot.Bot.Channels;

/// <summary>
/// Reads an inbound message: removes the bot's mentions (mention entities such as Teams <c>&lt;at&gt;Name&lt;/at&gt;</c>,
/// and what the channel writes into the text, such as Slack's <c>&lt;@U…&gt;</c>), tells whether the bot was mentioned
/// and whether the conversation is a group.
/// </summary>
public static partial class MessageReader
{
    public static IncomingMessage Read(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var channel = ChannelRegistry.For(activity);
        var text = activity.Text ?? "";
        var mentioned = false;
        var botIds = BotIds(activity, channel);
        var botName = activity.Recipient?.Name;

        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.ValueKind != JsonValueKind.Object || Str(entity, "type") != "mention") continue;
            if (!entity.TryGetProperty("mentioned", out var who) || who.ValueKind != JsonValueKind.Object) continue;
            var id = Str(who, "id");
            var name = Str(who, "name");
            var isBot = (id is { Length: > 0 } && (botIds.Contains(id) || botIds.Contains(id.Split(':')[0])))
                || (botName is { Length: > 0 } && string.Equals(name, botName, StringComparison.OrdinalIgnoreCase) && channel.MentionsBotByName);
            if (!isBot) continue;
            mentioned = true;
            var mentionText = Str(entity, "text") is { Length: > 0 } t ? t : $"<at>{name}</at>";
            text = text.Replace(mentionText, " ", StringComparison.Ordinal);
        }

        mentioned |= channel.RemoveTextMentions(activity, botIds, ref text);
        return new IncomingMessage(CollapseSpaces(text), mentioned, IsGroup(activity), channel.IsFromBot(activity));
    }

    /// <summary>True in channels and group chats (Teams <c>channel</c>/<c>groupChat</c>, Slack channels, <c>isGroup</c>).</summary>
    public static bool IsGroup(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Conversation?.IsGroup == true) return true;
        if (activity.Conversation?.ConversationType is "channel" or "groupChat") return true;
        return ChannelRegistry.For(activity).IsGroup(activity);
    }

    // The ids the bot goes by: its recipient id, its parts, and what the channel adds.
    private static HashSet<string> BotIds(Activity activity, Channel channel)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (activity.Recipient?.Id is { Length: > 0 } rid)
        {
            ids.Add(rid);
            foreach (var part in rid.Split(':')) if (part.Length > 0) ids.Add(part);
        }

        ids.UnionWith(channel.BotIds(activity));
        return ids;
    }

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string CollapseSpaces(string text) => Whitespace().Replace(text.Replace("&nbsp;", " ", StringComparison.Ordinal), " ").Trim();

    [GeneratedRegex(@"[ \t\u00A0]+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
