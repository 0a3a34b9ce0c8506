namespace ChatBot.Cli;

/// <summary>
/// The parsed command line. Without a verb the host serves, and every argument (e.g. <c>--urls</c>) goes to it.
/// </summary>
internal sealed record CommandLine(CliVerb Verb, string? Question, bool Json, string[] HostArgs, string? Error = null)
{
    public static CommandLine Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0].StartsWith('-') && !IsHelp(args[0]))
        {
            return new CommandLine(CliVerb.Serve, null, false, args);
        }

        var rest = args.Skip(1).ToArray();
        var json = rest.Contains("--json", StringComparer.Ordinal);
        var words = rest.Where(a => !string.Equals(a, "--json", StringComparison.Ordinal)).ToArray();
        return args[0].ToLowerInvariant() switch
        {
            "serve" => new CommandLine(CliVerb.Serve, null, false, rest),
            "ask" when words.Length > 0 => new CommandLine(CliVerb.Ask, string.Join(' ', words), json, []),
            "ask" => new CommandLine(CliVerb.Invalid, null, json, [], "ask needs a question: ask \"Who hosted the Almaty talks?\""),
            "chat" => new CommandLine(CliVerb.Chat, null, json, words),
            "reindex" => new CommandLine(CliVerb.Reindex, null, json, words),
            var verb when IsHelp(verb) => new CommandLine(CliVerb.Help, null, false, []),
            var verb => new CommandLine(CliVerb.Invalid, null, false, [], $"unknown command '{verb}'"),
        };
    }

    private static bool IsHelp(string arg) => arg is "help" or "--help" or "-h" or "-?";
}
