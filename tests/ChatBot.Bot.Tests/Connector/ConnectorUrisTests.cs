using ChatBot.Bot.Connector;

namespace ChatBot.Bot.Tests.Connector;

public class ConnectorUrisTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/amer")]
    public void Activities_ServiceUrlWithPath_KeepsPathWithOrWithoutSlash(string serviceUrl)
    {
        var uri = ConnectorUris.Activities(serviceUrl, "c1");

        Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations/c1/activities", uri.AbsoluteUri);
    }

    [Fact]
    public void Activities_TeamsIds_AreEscapedAsOneSegment()
    {
        var uri = ConnectorUris.Activities("https://smba.example/", "19:abc@thread.tacv2;messageid=1712/3", "1:x y");

        Assert.Equal(
            "https://smba.example/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1712%2F3/activities/1%3Ax%20y",
            uri.AbsoluteUri);
    }

    [Fact]
    public void Activities_ReplyToId_AddsActivitySegment()
    {
        var uri = ConnectorUris.Activities("http://localhost:3979", "c1", "a1");

        Assert.Equal("http://localhost:3979/v3/conversations/c1/activities/a1", uri.AbsoluteUri);
    }
}
