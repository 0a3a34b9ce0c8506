using ChatBot.Bot.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace ChatBot.Hosting;

/// <summary>
/// The console log format: the simple format's two lines per entry, with control characters removed from the
/// message, so that a value from a request (an id with a newline, an escape sequence) can never forge a log line.
/// </summary>
internal sealed class CleanConsoleFormatter() : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "clean";

    private const string Padding = "      ";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        ArgumentNullException.ThrowIfNull(textWriter);
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (string.IsNullOrEmpty(message) && logEntry.Exception is null)
        {
            return;
        }

        textWriter.Write(Level(logEntry.LogLevel));
        textWriter.Write(": ");
        textWriter.Write(logEntry.Category);
        textWriter.Write('[');
        textWriter.Write(logEntry.EventId.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        textWriter.WriteLine(']');
        textWriter.Write(Padding);
        textWriter.WriteLine(LogText.Clean(message));
        // Stack traces are the process's own text; only exception messages can carry request values.
        for (var exception = logEntry.Exception; exception is not null; exception = exception.InnerException)
        {
            textWriter.Write(Padding);
            textWriter.Write(exception == logEntry.Exception ? "" : "---> ");
            textWriter.WriteLine(exception.GetType().FullName + ": " + LogText.Clean(exception.Message));
            if (exception.StackTrace is { } stack) textWriter.WriteLine(stack);
        }
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "none",
    };
}
