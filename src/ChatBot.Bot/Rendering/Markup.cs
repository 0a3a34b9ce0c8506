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
}
