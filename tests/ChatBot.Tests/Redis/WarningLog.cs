using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ChatBot.Tests.Redis;

/// <summary>Keeps the warnings and errors a host logs, by event id, so tests can count them.</summary>
internal sealed class WarningLog : ILoggerProvider
{
    private readonly ConcurrentQueue<EventId> _events = new();

    public int Count(int eventId) => _events.Count(e => e.Id == eventId);

    public ILogger CreateLogger(string categoryName) => new Logger(_events);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<EventId> events) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) events.Enqueue(eventId);
        }
    }
}
