using ChatBot.Bot.Channels;
using ChatBot.Bot.Channels.Slack;
using ChatBot.Bot.Channels.Teams;
using ChatBot.Bot.Channels.WebChat;
using ChatBot.Bot.Protocol;

namespace ChatBot.Bot.Tests.Channels;

public class ChannelRegistryTests
{
    [Theory]
    [InlineData(ChannelIds.MsTeams, typeof(TeamsChannel))]
    [InlineData(ChannelIds.Slack, typeof(SlackChannel))]
    [InlineData(ChannelIds.DirectLine, typeof(WebChatChannel))]
    [InlineData(ChannelIds.WebChat, typeof(WebChatChannel))]
    public void Known_channel_ids_get_their_channel(string channelId, Type expected)
    {
        Assert.IsType(expected, ChannelRegistry.For(channelId));
    }

    [Theory]
    [InlineData(ChannelIds.MsTeams)]
    [InlineData(ChannelIds.Slack)]
    [InlineData(ChannelIds.Emulator)]
    [InlineData(ChannelIds.DirectLine)]
    [InlineData(ChannelIds.WebChat)]
    [InlineData(ChannelIds.Console)]
    [InlineData(ChannelIds.Test)]
    public void Each_channel_claims_its_own_id(string channelId)
    {
        Assert.Contains(channelId, ChannelRegistry.For(channelId).Ids);
    }

    [Fact]
    public void Unknown_channel_gets_markdown_with_citations()
    {
        var channel = ChannelRegistry.For("somewhere-new");

        Assert.Empty(channel.Ids);
        Assert.Equal(ChannelProfile.Default, channel.Profile(new Activity { ChannelId = "somewhere-new" }));
        Assert.True(channel.ShowsTyping);
    }
}
