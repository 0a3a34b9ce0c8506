using ChatBot.Cli;
using ChatBot.Hosting;

// Serve the bot, or run a command-line verb (ask, chat, reindex).
var command = CommandLine.Parse(args);
if (command.Verb != CliVerb.Serve) return await CliRunner.RunAsync(command);

var app = ChatBotApp.BuildWebApp(command.HostArgs);
await app.RunAsync();
return ExitCode.Success;
