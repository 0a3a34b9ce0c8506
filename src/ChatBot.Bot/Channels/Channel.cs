using ChatBot.Bot.Protocol;

namespace ChatBot.Bot.Channels;

/// <summary>
/// What the bot does differently on one channel: how replies look there and how the bot is addressed. Each channel
/// is one folder with one subclass, listed in <see cref="ChannelRegistry"/>; the defaults suit a channel that renders
/// Markdown and addresses the bot with mention entities (the Emulator, Direct Line).
/// </summary>
public abstract class Channel
{
    /// <summary>The <c>channelId</c> values this channel arrives with.</summary>
    public abstract IReadOnlyList<string> Ids { get; }

    /// <summary>Value of <c>textFormat</c> for a reply that sets none.</summary>
    public virtual string DefaultTextFormat => "markdown";

    /// <summary>True when the channel shows a typing indicator while an answer is on its way.</summary>
    public virtual bool ShowsTyping => true;

    /// <summary>
    /// True when every message of a group conversation is meant for the bot; false where the channel relays all of
    /// a group's messages and only those mentioning the bot are.
    /// </summary>
    public virtual bool AddressesBotInEveryGroupMessage => true;

    /// <summary>True when the welcome sent on <c>conversationUpdate</c> must not point at a message it answers.</summary>
    public virtual bool WelcomeRepliesToNoMessage => false;

    /// <summary>True when a mention entity naming the bot by display name (not id) counts as a mention.</summary>
    public virtual bool MentionsBotByName => true;

    /// <summary>What the channel can show, and the limits a reply must keep there.</summary>
    public virtual ChannelProfile Profile(Activity activity) => ChannelProfile.Default;

    /// <summary>More ids the bot goes by in this activity, beyond its recipient id.</summary>
    public virtual IEnumerable<string> BotIds(Activity activity) => [];

    /// <summary>Removes mentions of the bot written in the text itself (not as entities); true when there were any.</summary>
    public virtual bool RemoveTextMentions(Activity activity, IReadOnlySet<string> botIds, ref string text) => false;

    /// <summary>True when the channel's own data says the conversation is a group.</summary>
    public virtual bool IsGroup(Activity activity) => false;

    /// <summary>True when another bot wrote the message.</summary>
    public virtual bool IsFromBot(Activity activity) => false;
}
