using ChatBot.Bot.Protocol;

namespace ChatBot.Bot.Channels.WebChat;

/// <summary>Direct Line and Web Chat: Markdown, citations and buttons; the welcome answers no message.</summary>
public sealed class WebChatChannel : Channel
{
    public override IReadOnlyList<string> Ids { get; } = [ChannelIds.DirectLine, ChannelIds.WebChat];

    // As the SDK does: a welcome on Direct Line answers no user message.
    public override bool WelcomeRepliesToNoMessage => true;
}
