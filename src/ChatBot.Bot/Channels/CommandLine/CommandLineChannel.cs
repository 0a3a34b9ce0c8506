using ChatBot.Bot.Protocol;

namespace ChatBot.Bot.Channels.CommandLine;

/// <summary>The command line's <c>chat</c>: text printed as it is, no markup, no entity, no buttons.</summary>
public sealed class CommandLineChannel : Channel
{
    private static readonly ChannelProfile PlainText = new(TextStyle.Plain, "plain", false, 0, null, 80, false, false, 100_000);

    public override IReadOnlyList<string> Ids { get; } = [ChannelIds.Console];

    public override ChannelProfile Profile(Activity activity) => PlainText;
}
