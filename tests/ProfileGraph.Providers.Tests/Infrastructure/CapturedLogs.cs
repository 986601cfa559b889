using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ProfileGraph.Providers.Tests.Infrastructure;

/// <summary>Every log entry of every category at every level, as text: message, structured values and exception.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, LogLevel Level, EventId Event, string Text)> _entries = new();

    public IReadOnlyList<(string Category, LogLevel Level, EventId Event, string Text)> Entries => [.. _entries];

    public string AllText => string.Join('\n', _entries.Select(entry => $"{entry.Category} {entry.Level} {entry.Text}"));

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, CapturedLogs logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            logs._entries.Enqueue((category, LogLevel.None, default, "scope " + state));
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(' ', pairs.Select(pair => $"{pair.Key}={pair.Value}")) : "";
            logs._entries.Enqueue((category, logLevel, eventId, $"{formatter(state, exception)} [{values}] {exception}"));
        }
    }
}
