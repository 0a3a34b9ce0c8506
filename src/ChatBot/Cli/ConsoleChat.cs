using System.Globalization;
using ChatBot.Bot.Dialogs;
using ChatBot.Bot.Protocol;
using ChatBot.Bot.Turns;
using Microsoft.Extensions.Options;

namespace ChatBot.Cli;

/// <summary>
/// A console conversation with the bot itself: each line is a message turn through the same
/// <see cref="TurnPipeline"/> and dialogs as Teams, Slack and the web chat, so commands (help, sources, more, ...),
/// follow-ups and feedback work as they do there.
/// </summary>
internal sealed class ConsoleChat(IServiceScopeFactory scopes, IOptions<DialogOptions> options)
{
    private readonly ChannelAccount user = new() { Id = "console-user", Name = "You", Role = "user" };
    private readonly ChannelAccount bot = new() { Id = "chatbot", Name = options.Value.DisplayName, Role = "bot" };
    private readonly ConversationAccount conversation = new() { Id = "console:" + Guid.NewGuid().ToString("N"), ConversationType = "personal" };
    private int turns;

    public async Task<int> RunAsync(TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteLineAsync("An empty line or 'exit' ends the chat.");
        await TurnAsync(new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [bot, user] }, output, cancellationToken);
        while (true)
        {
            await output.WriteAsync("> ");
            var text = await input.ReadLineAsync(cancellationToken);
            if (string.IsNullOrWhiteSpace(text) || text.Trim() is "exit" or "quit") return ExitCode.Success;
            await TurnAsync(new Activity { Type = ActivityTypes.Message, Text = text, TextFormat = "plain" }, output, cancellationToken);
        }
    }

    private async Task TurnAsync(Activity inbound, TextWriter output, CancellationToken cancellationToken)
    {
        inbound.Id = "console-" + (++turns).ToString(CultureInfo.InvariantCulture);
        inbound.ChannelId = ChannelIds.Console;
        inbound.From = user;
        inbound.Recipient = bot;
        inbound.Conversation = conversation;
        inbound.Locale = CultureInfo.CurrentCulture.Name is { Length: > 0 } locale ? locale : "en-US";
        inbound.DeliveryMode = DeliveryModes.ExpectReplies;

        await using var scope = scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<TurnPipeline>().RunAsync(inbound, cancellationToken);
        foreach (var reply in result.Replies.Where(r => r.Type == ActivityTypes.Message && !string.IsNullOrEmpty(r.Text)))
        {
            await output.WriteLineAsync(reply.Text);
            await output.WriteLineAsync();
        }
    }
}
