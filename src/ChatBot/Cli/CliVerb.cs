namespace ChatBot.Cli;

internal enum CliVerb
{
    Serve,
    Ask,
    Chat,
    Reindex,
    Help,
    Invalid,
}
