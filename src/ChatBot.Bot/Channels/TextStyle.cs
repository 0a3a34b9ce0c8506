namespace ChatBot.Bot.Channels;

/// <summary>The markup a channel renders.</summary>
public enum TextStyle
{
    /// <summary>CommonMark subset (Teams, Web Chat, Emulator): <c>**bold**</c>.</summary>
    Markdown,
    /// <summary>Slack mrkdwn: <c>*bold*</c>, no headings or <c>**</c>.</summary>
    SlackMrkdwn,
    /// <summary>No markup at all (the console): emphasis is dropped, user text is quoted.</summary>
    Plain,
}
