using ChatBot.Bot.Protocol;

namespace ChatBot.Channels.DirectLine;

/// <summary>Optional body of <c>POST /conversations</c> and <c>POST /tokens/generate</c>.</summary>
internal sealed class TokenRequest
{
    public ChannelAccount? User { get; set; }

    public string? Locale { get; set; }
}
