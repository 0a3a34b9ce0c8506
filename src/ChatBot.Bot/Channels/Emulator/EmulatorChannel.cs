using ChatBot.Bot.Protocol;

namespace ChatBot.Bot.Channels.Emulator;

/// <summary>The Bot Framework Emulator (and test channels): Markdown, citations and buttons, the defaults.</summary>
public sealed class EmulatorChannel : Channel
{
    public override IReadOnlyList<string> Ids { get; } = [ChannelIds.Emulator, ChannelIds.Test];
}
