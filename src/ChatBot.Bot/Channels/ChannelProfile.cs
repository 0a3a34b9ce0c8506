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
    /// <summary>Markdown, the citation entity and buttons, no channel-specific limits.</summary>
    public static ChannelProfile Default { get; } = new(TextStyle.Markdown, "markdown", true, 20, null, 80, true, false, 100_000);

    /// <summary>The profile for the channel and conversation of <paramref name="activity"/>.</summary>
    public static ChannelProfile For(Activity activity) => ChannelRegistry.For(activity).Profile(activity);
}
