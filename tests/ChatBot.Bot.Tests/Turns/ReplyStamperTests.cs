using System.Text.Json;
using ChatBot.Bot.Protocol;
using ChatBot.Bot.Turns;

namespace ChatBot.Bot.Tests.Turns;

public class ReplyStamperTests
{
    private static Activity Inbound(string channel = ChannelIds.MsTeams, string type = ActivityTypes.Message) => new()
    {
        Type = type,
        Id = "a1",
        ChannelId = channel,
        ServiceUrl = "https://smba.example/amer/",
        From = new ChannelAccount { Id = "29:user" },
        Recipient = new ChannelAccount { Id = "28:bot" },
        Conversation = new ConversationAccount { Id = "c1" },
        Locale = "en-GB",
        ChannelData = JsonDocument.Parse("""{"clientActivityID":"x"}""").RootElement,
    };

    [Fact]
    public void Stamp_BareReply_AddressesTheSender()
    {
        var inbound = Inbound();

        var reply = ReplyStamper.Stamp(inbound, new Activity { Text = "hi", Id = "mine", ServiceUrl = "https://evil.example/" });

        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal("28:bot", reply.From?.Id);
        Assert.Equal("29:user", reply.Recipient?.Id);
        Assert.Equal("c1", reply.Conversation?.Id);
        Assert.Equal("a1", reply.ReplyToId);
        Assert.Equal("en-GB", reply.Locale);
        Assert.Equal("markdown", reply.TextFormat);
        Assert.Equal("https://smba.example/amer/", reply.ServiceUrl);
        Assert.Null(reply.Id);
    }

    [Fact]
    public void Stamp_ReplyEchoingInboundChannelData_DropsIt()
    {
        var inbound = Inbound();
        var reply = inbound.CreateReply("hi");
        reply.ChannelData = inbound.ChannelData;

        ReplyStamper.Stamp(inbound, reply);

        Assert.Null(reply.ChannelData);
    }

    [Fact]
    public void Stamp_OwnChannelData_KeepsIt()
    {
        var inbound = Inbound();
        var reply = inbound.CreateReply("hi");
        reply.ChannelData = JsonDocument.Parse("""{"feedbackLoop":{"type":"default"}}""").RootElement;

        ReplyStamper.Stamp(inbound, reply);

        Assert.NotNull(reply.ChannelData);
    }

    [Fact]
    public void Stamp_SlackText_IsPlain()
    {
        var reply = ReplyStamper.Stamp(Inbound(ChannelIds.Slack), new Activity { Text = "hi" });

        Assert.Equal("plain", reply.TextFormat);
    }

    [Fact]
    public void Stamp_WelcomeOnDirectLine_HasNoReplyToId()
    {
        var inbound = Inbound(ChannelIds.DirectLine, ActivityTypes.ConversationUpdate);

        var reply = ReplyStamper.Stamp(inbound, inbound.CreateReply("welcome"));

        Assert.Null(reply.ReplyToId);
    }
}
