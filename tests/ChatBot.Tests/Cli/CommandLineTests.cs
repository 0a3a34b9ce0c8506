using System.Text.Json;
using ChatBot.Cli;
using ChatBot.Tests.Conversation;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Cli;

public sealed class CommandLineTests
{
    [Fact]
    public async Task AskJson_Always_PrintsOnlyJsonOnStandardOutput()
    {
        using var cli = new CliProcess();

        var (exitCode, output, errors) = await cli.RunAsync("", "ask", "Who hosted the talks in Almaty?", "--json");

        Assert.Equal(ExitCode.Success, exitCode);
        using var answer = JsonDocument.Parse(output);
        Assert.Equal("Answered", answer.RootElement.GetProperty("kind").GetString());
        Assert.Contains("index", errors, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Ask_LongerThanTheBotTakes_IsAUsageError()
    {
        using var cli = new CliProcess();

        var (exitCode, output, errors) = await cli.RunAsync("", "ask", new string('a', 2_001));

        Assert.Equal(ExitCode.Usage, exitCode);
        Assert.Empty(output);
        Assert.Contains("2,000 characters", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_BotCommands_AnswerAsInTheChannels()
    {
        using var app = new RealBotApplication();
        using var ready = await app.ReadyClientAsync();
        var chat = ActivatorUtilities.CreateInstance<ConsoleChat>(app.Services);
        using var output = new StringWriter();

        var exitCode = await chat.RunAsync(new StringReader("help\nsources\nWho hosted the talks in Almaty?\nmore\n\n"), output, CancellationToken.None);

        var text = output.ToString();
        Assert.Equal(ExitCode.Success, exitCode);
        Assert.Contains("Commands:", text, StringComparison.Ordinal);
        Assert.Contains("I answer from", text, StringComparison.Ordinal);
        Assert.Contains("Murat Nurtleu", text, StringComparison.Ordinal);
        Assert.Contains("More passages from the last answer", text, StringComparison.Ordinal);
        Assert.DoesNotContain("**", text, StringComparison.Ordinal);
    }
}
