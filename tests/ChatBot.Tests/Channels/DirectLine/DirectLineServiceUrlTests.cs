using System.Net;
using ChatBot.Channels.DirectLine;
using Microsoft.AspNetCore.Http;

namespace ChatBot.Tests.Channels.DirectLine;

public sealed class DirectLineServiceUrlTests
{
    [Fact]
    public void ServiceUrl_ForgedHostHeader_PointsAtThisServerOverLoopback()
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("attacker.example");
        context.Connection.LocalIpAddress = IPAddress.Parse("10.1.2.3");
        context.Connection.LocalPort = 3978;

        var serviceUrl = DirectLineEndpoints.ServiceUrl(context.Request);

        Assert.Equal("http://127.0.0.1:3978/v3/directline/", serviceUrl);
    }

    [Fact]
    public void ServiceUrl_IPv6LoopbackConnection_KeepsThatAddress()
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("localhost:5000");
        context.Connection.LocalIpAddress = IPAddress.IPv6Loopback;
        context.Connection.LocalPort = 5000;

        var serviceUrl = DirectLineEndpoints.ServiceUrl(context.Request);

        Assert.Equal("http://[::1]:5000/v3/directline/", serviceUrl);
    }
}
