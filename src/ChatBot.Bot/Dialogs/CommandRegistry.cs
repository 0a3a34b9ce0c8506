using System.Diagnostics.CodeAnalysis;

namespace ChatBot.Bot.Dialogs;

/// <summary>Finds the command a message names by its first word (a leading <c>/</c> and trailing punctuation ignored).</summary>
public sealed class CommandRegistry
{
    private readonly Dictionary<string, ICommand> _byWord = new(StringComparer.OrdinalIgnoreCase);

    public CommandRegistry(IEnumerable<ICommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        Commands = [.. commands];
        foreach (var command in Commands)
        {
            foreach (var word in command.Aliases.Prepend(command.Name))
            {
                if (!_byWord.TryAdd(word, command)) throw new InvalidOperationException($"Two commands answer to \"{word}\".");
            }
        }
    }

    /// <summary>All commands, in registration order.</summary>
    public IReadOnlyList<ICommand> Commands { get; }

    /// <summary>The command <paramref name="text"/> runs, with the text after the command word.</summary>
    public bool TryMatch(string text, [NotNullWhen(true)] out ICommand? command, out string arguments)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var space = trimmed.IndexOfAny([' ', '\t', '\n']);
        var word = (space < 0 ? trimmed : trimmed[..space]).TrimStart('/').TrimEnd('?', '!', '.', ':', ',');
        arguments = space < 0 ? "" : trimmed[(space + 1)..].Trim();
        if (_byWord.TryGetValue(word, out var found) && (found.TakesArguments || arguments.Length == 0))
        {
            command = found;
            return true;
        }

        command = null;
        return false;
    }
}
