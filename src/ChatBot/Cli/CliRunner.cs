using System.Globalization;
using System.Text.Json;
using ChatBot.Admin;
using ChatBot.Bot.Dialogs;
using ChatBot.Hosting;
using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Hosting;
using ChatBot.Knowledge.Indexing;
using Microsoft.Extensions.Options;

namespace ChatBot.Cli;

/// <summary>Runs the command-line verbs against the same services the host uses.</summary>
internal static class CliRunner
{
    private static readonly JsonSerializerOptions JsonOutput = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static async Task<int> RunAsync(CommandLine command)
    {
        switch (command.Verb)
        {
            case CliVerb.Help:
                Console.WriteLine(Usage);
                return ExitCode.Success;
            case CliVerb.Invalid:
                await Console.Error.WriteLineAsync($"error: {command.Error}\n\n{Usage}");
                return ExitCode.Usage;
        }

        // Standard output carries only the verb's result (an answer, a report, JSON); logs go to standard error.
        await using var app = ChatBotApp.BuildWebApp(command.HostArgs, logToStandardError: true);
        var admin = app.Services.GetRequiredService<IKnowledgeAdmin>();
        if (command.Verb == CliVerb.Reindex)
        {
            var report = admin.Reindex();
            Console.WriteLine(command.Json ? JsonSerializer.Serialize(ReindexResponse.From(report), AdminEndpoints.Json) : ReindexReportText.Format(report));
            return report.Outcome == ReindexOutcome.Built ? ExitCode.Success : ExitCode.IndexFailed;
        }

        // The bot's own limit, as on every other way in.
        var maxLength = app.Services.GetRequiredService<IOptions<DialogOptions>>().Value.MaxQuestionLength;
        if (command.Question?.Length > maxLength)
        {
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"error: questions are limited to {maxLength:N0} characters (Bot:MaxQuestionLength)"));
            return ExitCode.Usage;
        }

        var loaded = admin.EnsureLoaded();
        if (!admin.IsReady)
        {
            await Console.Error.WriteLineAsync($"error: the index could not be built: {loaded.Error}");
            return ExitCode.IndexFailed;
        }

        var knowledge = app.Services.GetRequiredService<IKnowledgeBase>();
        switch (command.Verb)
        {
            case CliVerb.Ask:
                var answer = knowledge.Ask(new Question(command.Question ?? ""));
                Console.WriteLine(command.Json ? JsonSerializer.Serialize(answer, JsonOutput) : AnswerText.Format(answer));
                return answer.HasCitations ? ExitCode.Success : ExitCode.NotAnswered;
            case CliVerb.Chat:
                return await ActivatorUtilities.CreateInstance<ConsoleChat>(app.Services).RunAsync(Console.In, Console.Out, CancellationToken.None);
            default:
                return ExitCode.Usage;
        }
    }

    private const string Usage = """
        usage: dotnet run --project src/ChatBot [-- <command>]
          (no command)          serve the bot on http://localhost:3978 (--urls to change)
          ask "question" [--json]  answer one question and print the sources
          chat                  a console conversation with the bot's commands (empty line or 'exit' ends it)
          reindex               rebuild the index from the seeds folder
        """;
}
