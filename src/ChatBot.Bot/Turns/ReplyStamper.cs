using ChatBot.Bot.Channels;
using ChatBot.Bot.Protocol;

namespace ChatBot.Bot.Turns;

/// <summary>Addresses an outgoing activity to the conversation and user of the inbound one (§1 "A reply").</summary>
internal static class ReplyStamper
{
    public static Activity Stamp(Activity inbound, Activity reply)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(reply);

        reply.Type ??= ActivityTypes.Message;
        reply.From = inbound.Recipient;
        reply.Recipient = inbound.From;
        reply.Conversation = inbound.Conversation;
        reply.ChannelId = inbound.ChannelId;

        // The bot token only goes to the serviceUrl of the (validated) activity being answered.
        reply.ServiceUrl = inbound.ServiceUrl;
        reply.Locale ??= inbound.Locale;
        reply.ReplyToId ??= inbound.Id;
        var channel = ChannelRegistry.For(inbound);
        if (string.Equals(inbound.Type, ActivityTypes.ConversationUpdate, StringComparison.Ordinal) && channel.WelcomeRepliesToNoMessage)
        {
            reply.ReplyToId = null;
        }

        // Ids and timestamps are the channel's to set.
        reply.Id = null;
        reply.Timestamp = null;
        reply.DeliveryMode = null;
        if (reply.Text is not null && reply.TextFormat is null)
        {
            reply.TextFormat = channel.DefaultTextFormat;
        }

        // Web Chat replaces an activity carrying the inbound clientActivityID: never echo inbound channelData.
        if (reply.ChannelData is { } data && inbound.ChannelData is { } echoed
            && string.Equals(data.GetRawText(), echoed.GetRawText(), StringComparison.Ordinal))
        {
            reply.ChannelData = null;
        }

        return reply;
    }
}
