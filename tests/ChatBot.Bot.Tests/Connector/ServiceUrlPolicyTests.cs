using ChatBot.Bot.Connector;

namespace ChatBot.Bot.Tests.Connector;

public class ServiceUrlPolicyTests
{
    [Theory]
    [InlineData("http://localhost:3979/")]
    [InlineData("https://LOCALHOST/x")]
    [InlineData("http://127.0.0.1:5000")]
    [InlineData("http://127.8.9.10/")]
    [InlineData("http://[::1]:8080/")]
    public void IsLoopback_ThisMachine_True(string url) => Assert.True(ServiceUrlPolicy.IsLoopback(url));

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("http://localhost.evil.example/")]
    [InlineData("http://128.0.0.1/")]
    [InlineData("http://10.0.0.1/")]
    [InlineData("ftp://localhost/")]
    [InlineData("file:///tmp/x")]
    [InlineData("not a url")]
    [InlineData("")]
    [InlineData(null)]
    public void IsLoopback_Elsewhere_False(string? url) => Assert.False(ServiceUrlPolicy.IsLoopback(url));
}
