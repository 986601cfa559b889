using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProfileGraph.GraphQL.AspNetCore.Tests.Infrastructure;

namespace ProfileGraph.GraphQL.AspNetCore.Tests;

/// <summary>Log lines of a request name its operation: the endpoint's scope carries <c>GraphQLOperation</c>.</summary>
public sealed class LogScopeTests
{
    [Theory]
    [InlineData("""{"query":"query Greeting { hello }","operationName":"Greeting"}""", "Greeting")]
    [InlineData("""{"query":"{ hello }"}""", "(unnamed)")]
    public async Task The_operation_scope_names_the_operation_asked_for(string body, string operation)
    {
        var scopes = new ScopeCapture();
        await using var factory = new TestHostFactory { ConfigureServices = services => services.AddSingleton<ILoggerProvider>(scopes) };
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(body);

        Assert.Contains(scopes.States, state => state.Any(pair => pair.Key == "GraphQLOperation" && Equals(pair.Value, operation)));
    }

    /// <summary>Keeps the key-value pairs of every scope begun on a ProfileGraph logger.</summary>
    private sealed class ScopeCapture : ILoggerProvider
    {
        public ConcurrentBag<KeyValuePair<string, object?>[]> States { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(ScopeCapture capture, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull
            {
                if (category.StartsWith("ProfileGraph", StringComparison.Ordinal) && state is IEnumerable<KeyValuePair<string, object?>> pairs)
                {
                    capture.States.Add([.. pairs]);
                }

                return null;
            }

            public bool IsEnabled(LogLevel logLevel) => false;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
            }
        }
    }
}
