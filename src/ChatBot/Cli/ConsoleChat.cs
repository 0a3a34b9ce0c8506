using ChatBot.Knowledge.Answers;

namespace ChatBot.Cli;

/// <summary>A console conversation that keeps the last focus, so follow-up questions work as in a chat.</summary>
internal static class ConsoleChat
{
    public static async Task<int> RunAsync(IKnowledgeBase knowledge, TextReader input, TextWriter output)
    {
        await output.WriteLineAsync("Ask about the Armenia–Azerbaijan peace talks. An empty line or 'exit' ends the chat.");
        ConversationFocus? focus = null;
        while (true)
        {
            await output.WriteAsync("> ");
            var text = await input.ReadLineAsync();
            if (string.IsNullOrWhiteSpace(text) || text.Trim() is "exit" or "quit") return ExitCode.Success;
            var answer = knowledge.Ask(new Question(text, focus));
            focus = answer.Focus ?? focus;
            await output.WriteLineAsync(AnswerText.Format(answer));
            await output.WriteLineAsync();
        }
    }
}
