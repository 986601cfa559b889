using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ProfileGraph.Server.Tests.Integration;

/// <summary>A logger provider that keeps what the service logs, for tests that bound how much it logs.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, LogLevel Level, string Message)> _entries = new();

    public IReadOnlyList<(string Category, LogLevel Level, string Message)> Entries => [.. _entries];

    public int Count(LogLevel atLeast, string categoryPrefix) =>
        _entries.Count(entry => entry.Level >= atLeast && entry.Category.StartsWith(categoryPrefix, StringComparison.Ordinal));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                logs._entries.Enqueue((category, logLevel, formatter(state, exception)));
            }
        }
    }
}
