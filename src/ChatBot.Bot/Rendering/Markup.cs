using ChatBot.Bot.Channels;
namespace ChatBot.Bot.Rendering;

/// <summary>Inline markup in a channel's style.</summary>
public static class Markup
{
    public static string Bold(TextStyle style, string text) => style switch
    {
        TextStyle.SlackMrkdwn => $"*{text}*",
        TextStyle.Plain => text,
        _ => $"**{text}**",
    };

    public static string Bullet(TextStyle style) => style == TextStyle.SlackMrkdwn ? "• " : "- ";

    /// <summary>
    /// Text that came from a user (a topic they typed, their id, their feedback), shown as inline code so that nothing
    /// in it renders: no link, image, mention or HTML, whatever the channel's markup. Every reply that repeats
    /// what a user wrote goes through here.
    /// </summary>
    public static string UserText(TextStyle style, string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        flat = new string([.. flat.Where(c => !char.IsControl(c))]);
        if (style == TextStyle.Plain) return $"\"{flat}\"";

        // No backtick may close the code span early: renderers differ on longer fences (Teams, Slack).
        flat = flat.Replace('`', '\u02CB');

        // Slack reads <...> as links and mentions even inside code; its escapes are these three entities.
        if (style == TextStyle.SlackMrkdwn)
        {
            flat = flat.Replace("&", "&amp;", StringComparison.Ordinal)
                .Replace("<", "&lt;", StringComparison.Ordinal)
                .Replace(">", "&gt;", StringComparison.Ordinal);
        }

        return flat.Length == 0 ? "` `" : $"`{flat}`";
    }
}
