namespace ChatBot.Bot.Protocol;

/// <summary>Channel ids as they arrive in <c>channelId</c>.</summary>
public static class ChannelIds
{
    public const string MsTeams = "msteams";
    public const string Slack = "slack";
    public const string Emulator = "emulator";
    public const string DirectLine = "directline";
    public const string WebChat = "webchat";
    public const string Test = "test";

    /// <summary>The command line's <c>chat</c>: turns that never leave the process.</summary>
    public const string Console = "console";
}
