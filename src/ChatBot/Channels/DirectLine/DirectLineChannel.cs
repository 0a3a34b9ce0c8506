using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Bot.Dialogs;
using ChatBot.Bot.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Channels.DirectLine;

/// <summary>
/// What the local Direct Line does with activities: stamps what users post into the feed at once, then runs the
/// bot turn in the background and appends its replies.
/// </summary>
internal sealed class DirectLineChannel(
    IDirectLineStore store,
    IOptions<DialogOptions> dialogs,
    DirectLineBotBridge bridge,
    IHostApplicationLifetime lifetime,
    ILogger<DirectLineChannel> logger)
{
    /// <summary>Tells the bot the user (and the bot) joined, so that its welcome lands in the feed.</summary>
    public void Start(DirectLineConversation conversation, string serviceUrl)
    {
        if (!store.TryStart(conversation))
        {
            return;
        }

        Log.ConversationStarted(logger, conversation.Id);
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            From = conversation.User,
            MembersAdded = [Bot(), conversation.User],
            Locale = conversation.Locale,
        };
        Address(conversation, update, serviceUrl);

        // The update is for the bot only: Web Chat has nothing to show for it.
        store.Stamp(conversation, update, addToFeed: false);
        RunTurnLater(conversation, update, serviceUrl);
    }

    /// <summary>Puts a user's activity into the feed and schedules the bot's turn; returns the activity's id.</summary>
    public string Post(DirectLineConversation conversation, Activity activity, string serviceUrl)
    {
        // One token, one user: the id the conversation was opened with, whatever the client writes in from.id.
        activity.From = new ChannelAccount
        {
            Id = conversation.User.Id,
            Name = activity.From?.Name ?? conversation.User.Name,
            Role = "user",
        };
        activity.Locale ??= conversation.Locale;
        Address(conversation, activity, serviceUrl);
        var id = store.Stamp(conversation, activity);
        RunTurnLater(conversation, activity, serviceUrl);
        return id;
    }

    /// <summary>The bot's account in Direct Line conversations.</summary>
    public ChannelAccount Bot() => new() { Id = store.Options.BotId, Name = dialogs.Value.DisplayName, Role = "bot" };

    private void RunTurnLater(DirectLineConversation conversation, Activity inbound, string serviceUrl) =>
        store.Enqueue(conversation, async () =>
        {
            var replies = await bridge.RunTurnAsync(inbound, lifetime.ApplicationStopping);
            foreach (var reply in replies)
            {
                Deliver(conversation, inbound, reply, serviceUrl);
            }
        });

    /// <summary>Adds an activity the bot sent through the Connector API (proactive messages, typing); returns its id.</summary>
    public string DeliverFromBot(DirectLineConversation conversation, Activity activity, string? replyToId, string serviceUrl)
    {
        activity.ReplyToId ??= replyToId;
        return Deliver(conversation, activity, conversation.User, serviceUrl);
    }

    private void Deliver(DirectLineConversation conversation, Activity inbound, Activity reply, string serviceUrl)
    {
        if (inbound.Type == ActivityTypes.Message)
        {
            reply.ReplyToId ??= inbound.Id;
        }

        Deliver(conversation, reply, inbound.From ?? conversation.User, serviceUrl);
    }

    private string Deliver(DirectLineConversation conversation, Activity reply, ChannelAccount user, string serviceUrl)
    {
        reply.Type ??= ActivityTypes.Message;
        var bot = Bot();
        reply.From = new ChannelAccount { Id = bot.Id, Name = reply.From?.Name ?? bot.Name, Role = "bot" };
        reply.Recipient = user;
        reply.ChannelData = WithoutClientActivityId(reply.ChannelData);
        Address(conversation, reply, serviceUrl, recipientIsBot: false);
        return store.Stamp(conversation, reply);
    }

    private void Address(DirectLineConversation conversation, Activity activity, string serviceUrl, bool recipientIsBot = true)
    {
        activity.ChannelId = ChannelIds.DirectLine;
        activity.ServiceUrl = serviceUrl;
        activity.Conversation = new ConversationAccount { Id = conversation.Id };
        if (recipientIsBot)
        {
            activity.Recipient = Bot();
        }
    }

    // Web Chat replaces the bubble whose clientActivityID matches, so a reply carrying the user's would erase the
    // user's message (protocol pitfall 3): a reply never keeps one.
    private static JsonElement? WithoutClientActivityId(JsonElement? channelData)
    {
        if (channelData is not { ValueKind: JsonValueKind.Object } data || !data.TryGetProperty("clientActivityID", out _))
        {
            return channelData;
        }

        var node = JsonNode.Parse(data.GetRawText())!.AsObject();
        node.Remove("clientActivityID");
        return JsonSerializer.SerializeToElement(node);
    }
}
