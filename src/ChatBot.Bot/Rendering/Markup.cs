namespace ChatBot.Bot.Rendering;

/// <summary>Inline markup in a channel's style.</summary>
public static class Markup
{
    public static string Bold(TextStyle style, string text) => style switch
    {
        TextStyle.SlackMrkdwn => $"*{text}*",
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

        // One line, and no backtick to close the code span early: renderers differ on longer fences (Teams, Slack).
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Replace('`', '\u02CB');
        flat = new string([.. flat.Where(c => !char.IsControl(c))]);

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
