using ChatBot.Bot.Protocol;

namespace ChatBot.Bot.Dialogs;

/// <summary>A chat command, chosen by the first word of a message ("help", "sources", ...).</summary>
public interface ICommand
{
    /// <summary>The command word, lowercase.</summary>
    string Name { get; }

    /// <summary>Other words that run it.</summary>
    IReadOnlyList<string> Aliases { get; }

    /// <summary>How help shows the command, e.g. <c>subscribe &lt;topic&gt;</c>.</summary>
    string Usage => Name;

    /// <summary>One line for the help text; null hides the command from help.</summary>
    string? Description { get; }

    /// <summary>
    /// False when the command is only the word itself; then "help me understand the treaty" goes to the engine as a
    /// question instead of running <c>help</c>.
    /// </summary>
    bool TakesArguments { get; }

    /// <summary>Who may run it; the dispatcher checks it before running.</summary>
    CommandAccess Access { get; }

    /// <summary>Runs the command and returns its replies.</summary>
    Task<IReadOnlyList<Activity>> ExecuteAsync(CommandContext context, CancellationToken cancellationToken);
}
