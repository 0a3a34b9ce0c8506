using Microsoft.Extensions.Logging;

namespace ChatBot.Knowledge.Tests.Corpus;

/// <summary>Captures log events so tests can check what an admin would see.</summary>
internal sealed class ListLogger<T> : ILogger<T>
{
    public List<(EventId Id, string Message)> Events { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Events.Add((eventId, formatter(state, exception)));
}
