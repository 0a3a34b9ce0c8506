using ChatBot.Bot.Diagnostics;

namespace ChatBot.Bot.Tests.Diagnostics;

public class LogTextTests
{
    [Theory]
    [InlineData("29:user\ninfo: Admin granted", "29:user info: Admin granted")]
    [InlineData("a\r\nb\tc", "a  b c")]
    [InlineData("bell\u0007 and \u001b[31mred", "bell and [31mred")]
    [InlineData("plain id", "plain id")]
    public void Clean_ControlCharacters_AreRemoved(string value, string expected)
    {
        var clean = LogText.Clean(value);

        Assert.Equal(expected, clean);
    }

    [Fact]
    public void FirstLine_MessageWithStackTrace_KeepsOnlyTheMessage()
    {
        var message = "IDX20803: Unable to obtain configuration. ---> System.IO.IOException: nope\n   at Foo.Bar()\n   at Baz()";

        var line = LogText.FirstLine(message);

        Assert.Equal("IDX20803: Unable to obtain configuration. ---> System.IO.IOException: nope", line);
    }
}
