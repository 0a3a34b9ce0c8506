using ChatBot.Bot.Protocol;

namespace ChatBot.Bot.Channels.Teams;

/// <summary>Microsoft Teams: Markdown, citations, feedback buttons; mentions are entities carrying the bot's id.</summary>
public sealed class TeamsChannel : Channel
{
    // Teams: ≤20 claims, abstract ≤160, name ≤80; 40,000 characters of text keep a post well under the ~80 KB it accepts.
    private static readonly ChannelProfile Personal = new(TextStyle.Markdown, "markdown", true, 20, 160, 80, true, true, 40_000);

    // Teams shows suggested actions only in one-to-one chats.
    private static readonly ChannelProfile Group = Personal with { SuggestedActions = false };

    public override IReadOnlyList<string> Ids { get; } = [ChannelIds.MsTeams];

    // Teams mentions carry the bot's id; a user sharing the bot's display name is not the bot.
    public override bool MentionsBotByName => false;

    public override ChannelProfile Profile(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Conversation?.ConversationType is null or "personal" ? Personal : Group;
    }
}
