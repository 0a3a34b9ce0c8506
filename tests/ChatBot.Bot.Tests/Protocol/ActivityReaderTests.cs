using System.Text;
using ChatBot.Bot.Protocol;

namespace ChatBot.Bot.Tests.Protocol;

public class ActivityReaderTests
{
    [Theory]
    [InlineData("")]
    [InlineData("{not json")]
    [InlineData("[{\"type\":\"message\"}]")]
    [InlineData("\"message\"")]
    [InlineData("{\"conversation\":{\"id\":\"c\"}}")]
    [InlineData("{\"type\":\"\",\"conversation\":{\"id\":\"c\"}}")]
    [InlineData("{\"type\":\"message\"}")]
    [InlineData("{\"type\":\"message\",\"conversation\":{}}")]
    [InlineData("{\"type\":\"message\",\"conversation\":\"c\"}")]
    public void Parse_InvalidBody_Returns400WithReason(string body)
    {
        var result = ActivityReader.Parse(Encoding.UTF8.GetBytes(body));

        Assert.Null(result.Activity);
        Assert.Equal(400, result.Status);
        Assert.False(string.IsNullOrWhiteSpace(result.Problem));
    }

    [Fact]
    public void Parse_MinimalActivity_ReturnsIt()
    {
        var result = ActivityReader.Parse(Encoding.UTF8.GetBytes("""{"type":"message","conversation":{"id":"c1"},"text":"hi"}"""));

        Assert.Equal("hi", result.Activity?.Text);
        Assert.Equal("c1", result.Activity?.Conversation?.Id);
    }
}
