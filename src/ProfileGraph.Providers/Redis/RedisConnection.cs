using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace ProfileGraph.Providers.Redis;

/// <summary>
/// The one Redis connection every shared part of a replica uses (<c>ConnectionStrings:Redis</c>): the profile cache's
/// L2 and backplane, provider rate limits, client quotas, the nandbox socket's lease. It never fails start-up: a Redis
/// that is down or not yet up is reconnected to in the background while each part falls back to its in-process self.
/// </summary>
public sealed class RedisConnection : IAsyncDisposable
{
    private readonly Lazy<Task<IConnectionMultiplexer>> _connection;

    public RedisConnection(string connectionString)
    {
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;

        // Shared state that waits longer than a provider call would is no help: give up on Redis within a second.
        options.ConnectTimeout = Math.Min(options.ConnectTimeout, 2000);
        options.AsyncTimeout = Math.Min(options.AsyncTimeout, 1000);
        options.SyncTimeout = Math.Min(options.SyncTimeout, 1000);

        // While disconnected, commands fail at once rather than queue for the timeout: every part has a fallback.
        options.BacklogPolicy = BacklogPolicy.FailFast;
        _connection = new Lazy<Task<IConnectionMultiplexer>>(async () => await ConnectionMultiplexer.ConnectAsync(options).ConfigureAwait(false));
    }

    public Task<IConnectionMultiplexer> ConnectAsync() => _connection.Value;

    /// <summary>Registers the connection when <c>ConnectionStrings:Redis</c> is set; says whether it is.</summary>
    public static bool TryAdd(IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetConnectionString("Redis") is not { Length: > 0 } connectionString)
        {
            return false;
        }

        services.TryAddSingleton(_ => new RedisConnection(connectionString));
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated)
        {
            await (await _connection.Value.ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
        }
    }
}
