using System.Text.Json;
using ChatBot.Bot.Protocol;

namespace ChatBot.Bot.Subscriptions;

/// <summary>
/// Where a proactive message goes: the conversation, channel and service URL of a validated inbound activity, with the
/// bot and the user it came from (bot-protocol §3 "Proactive").
/// </summary>
/// <param name="ChannelId">Channel of the conversation.</param>
/// <param name="ServiceUrl">The channel's Connector base URL, as the inbound activity carried it.</param>
/// <param name="ConversationId">Conversation id (a Teams channel id keeps its <c>;messageid=</c> thread).</param>
/// <param name="ConversationName">Conversation name, when the channel gave one.</param>
/// <param name="ConversationType">Teams <c>personal</c>, <c>groupChat</c> or <c>channel</c>, when given.</param>
/// <param name="IsGroup">True for a group conversation, when given.</param>
/// <param name="TenantId">Tenant of the conversation (Teams), when given.</param>
/// <param name="BotId">The bot's id in the conversation (the inbound <c>recipient</c>).</param>
/// <param name="BotName">The bot's name there.</param>
/// <param name="UserId">Who subscribed (the inbound <c>from</c>).</param>
/// <param name="UserName">Their name.</param>
/// <param name="UserAadObjectId">Their Entra object id (Teams), when given.</param>
/// <param name="Locale">Locale of the inbound activity.</param>
/// <param name="ActivityId">Id of the activity the reference was taken from.</param>
public sealed record ConversationReference(
    string ChannelId,
    string ServiceUrl,
    string ConversationId,
    string? ConversationName,
    string? ConversationType,
    bool? IsGroup,
    string? TenantId,
    string? BotId,
    string? BotName,
    string? UserId,
    string? UserName,
    string? UserAadObjectId,
    string? Locale,
    string? ActivityId)
{
    /// <summary>The reference of an inbound activity, or null when it lacks a channel, service URL or conversation.</summary>
    public static ConversationReference? From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrWhiteSpace(activity.ChannelId) || string.IsNullOrWhiteSpace(activity.ServiceUrl)
            || string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return null;
        }

        return new ConversationReference(
            activity.ChannelId,
            activity.ServiceUrl,
            activity.Conversation.Id,
            activity.Conversation.Name,
            activity.Conversation.ConversationType,
            activity.Conversation.IsGroup,
            activity.Conversation.TenantId ?? ChannelDataTenant(activity),
            activity.Recipient?.Id,
            activity.Recipient?.Name,
            activity.From?.Id,
            activity.From?.Name,
            activity.From?.AadObjectId,
            activity.Locale,
            activity.Id);
    }

    // Teams always sends channelData.tenant.id but not always conversation.tenantId, which a proactive send needs.
    private static string? ChannelDataTenant(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
        && tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
        && id.GetString() is { Length: > 0 } value
            ? value
            : null;

    /// <summary>
    /// An activity shaped as if the user had just written in the conversation, without an id: a reply created from
    /// it is addressed from the bot to the user and answers nothing, which is what a proactive send needs.
    /// </summary>
    public Activity ToInbound() => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Conversation = new ConversationAccount
        {
            Id = ConversationId,
            Name = ConversationName,
            ConversationType = ConversationType,
            IsGroup = IsGroup,
            TenantId = TenantId,
        },
        From = new ChannelAccount { Id = UserId, Name = UserName, AadObjectId = UserAadObjectId },
        Recipient = new ChannelAccount { Id = BotId, Name = BotName },
        Locale = Locale,
    };
}
