using ChatBot.Bot.Protocol;

namespace ChatBot.Bot.Channels;

/// <summary>What a channel can show, and the limits a reply must keep there.</summary>
/// <param name="Style">Markup of the reply text.</param>
/// <param name="TextFormat">Value of the reply's <c>textFormat</c>.</param>
/// <param name="CitationEntity">True when the reply carries the <c>https://schema.org/Message</c> citation entity.</param>
/// <param name="MaxClaims">Most citations in the entity.</param>
/// <param name="MaxAbstractLength">Longest <c>abstract</c>; null keeps the whole passage.</param>
/// <param name="MaxNameLength">Longest citation <c>name</c>.</param>
/// <param name="SuggestedActions">True when the channel shows suggested-action buttons here.</param>
/// <param name="FeedbackLoop">True when answers ask the channel for its feedback buttons (Teams).</param>
/// <param name="MaxTextLength">Longest reply text the channel takes comfortably.</param>
public sealed record ChannelProfile(
    TextStyle Style,
    string TextFormat,
    bool CitationEntity,
    int MaxClaims,
    int? MaxAbstractLength,
    int MaxNameLength,
    bool SuggestedActions,
    bool FeedbackLoop,
    int MaxTextLength)
{
    // Teams: ≤20 claims, abstract ≤160, name ≤80; 40,000 characters of text keep a post well under the ~80 KB it accepts.
    private static readonly ChannelProfile TeamsProfile = new(TextStyle.Markdown, "markdown", true, 20, 160, 80, true, true, 40_000);

    // PROTOCOL: Slack gets no entity and no cards (the Slack channel does not map them); mrkdwn sent as plain text so
    // the channel's undocumented Markdown conversion leaves *bold* alone; Slack advises ≤4,000 characters.
    private static readonly ChannelProfile SlackProfile = new(TextStyle.SlackMrkdwn, "plain", false, 0, null, 80, false, false, 4_000);

    // The command line's chat prints text as it is: no markup, no entity, no buttons.
    private static readonly ChannelProfile ConsoleProfile = new(TextStyle.Plain, "plain", false, 0, null, 80, false, false, 100_000);

    private static readonly ChannelProfile DefaultProfile = new(TextStyle.Markdown, "markdown", true, 20, null, 80, true, false, 100_000);

    /// <summary>The profile for the channel and conversation of <paramref name="activity"/>.</summary>
    public static ChannelProfile For(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.ChannelId switch
        {
            ChannelIds.MsTeams => activity.Conversation?.ConversationType is null or "personal"
                ? TeamsProfile
                // Teams shows suggested actions only in one-to-one chats.
                : TeamsProfile with { SuggestedActions = false },
            ChannelIds.Slack => SlackProfile,
            ChannelIds.Console => ConsoleProfile,
            _ => DefaultProfile,
        };
    }
}
