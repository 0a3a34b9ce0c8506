namespace ChatBot.Bot.Channels;

/// <summary>A message's text as the dialogs see it.</summary>
/// <param name="Text">The text with mentions of the bot removed and whitespace trimmed.</param>
/// <param name="MentionsBot">True when the message mentions the bot.</param>
/// <param name="IsGroup">True in channels and group chats.</param>
/// <param name="FromBot">True when another bot wrote it (Slack relays bot messages too).</param>
public sealed record IncomingMessage(string Text, bool MentionsBot, bool IsGroup, bool FromBot)
{
    /// <summary>
    /// True when the bot should answer: always in one-to-one chats; in Slack channels only when mentioned, because
    /// Slack delivers every message of a channel the bot has joined.
    /// </summary>
    public bool AddressedToBot(string? channelId) =>
        !FromBot && (!IsGroup || MentionsBot || ChannelRegistry.For(channelId).AddressesBotInEveryGroupMessage);
}
