using ChatBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace ChatBot.Tests.Hosting;

public class CleanConsoleFormatterTests
{
    [Fact]
    public void Write_ValueWithNewline_StaysOnItsOwnLine()
    {
        var formatter = new CleanConsoleFormatter();
        using var output = new StringWriter();
        var state = new Dictionary<string, object?> { ["UserId"] = "29:user\nwarn: ChatBot.Bot.Admin[1]\n      Admin granted to attacker" };
        var entry = new LogEntry<Dictionary<string, object?>>(LogLevel.Warning, "ChatBot.Bot.Dialogs.MessageDialog", new EventId(7), state, null,
            (s, _) => $"Command refused for {s["UserId"]}");

        formatter.Write(entry, null, output);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["warn: ChatBot.Bot.Dialogs.MessageDialog[7]", "      Command refused for 29:user warn: ChatBot.Bot.Admin[1]       Admin granted to attacker"], lines);
    }

    [Fact]
    public void Host_LogsToTheConsoleThroughTheCleanFormat()
    {
        using var factory = new Web.ChatPageAppFactory();

        var console = factory.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;
        var formatters = factory.Services.GetServices<ConsoleFormatter>();

        Assert.Equal(CleanConsoleFormatter.FormatterName, console.FormatterName);
        Assert.Contains(formatters, f => f is CleanConsoleFormatter);
    }
}
