using System.Text.Json;
using ProfileGraph.Providers;
using ProfileGraph.Providers.Redis;
using ProfileGraph.Server.Graph.Users;
using StackExchange.Redis;

namespace ProfileGraph.Server.Events;

/// <summary>
/// Carries the changes published on one replica to every other over one Redis pub/sub channel. Each message names the
/// replica that sent it, which skips its own (it delivered them when they were published), so every subscriber on every
/// replica sees a change once. Messages are handled one at a time, in order. When Redis is unreachable, each replica's
/// changes reach its own subscribers only, said once (and once when Redis is back); the subscription is retried in the
/// background and, once made, the Redis client renews it after a reconnect.
/// </summary>
internal sealed partial class RedisProfileChangeRelay(RedisConnection redis, ProfileChangeFeed feed, ILogger<RedisProfileChangeRelay> logger) : IHostedService, IDisposable
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("profilegraph:v1:profile-changes");
    private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(5);

    private readonly string _replica = Guid.NewGuid().ToString("N");
    private readonly CancellationTokenSource _stopping = new();
    private Task? _retrying;
    private int _failing;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        feed.Forward = PublishAsync;

        // The first attempt is awaited (Redis gives up within its connect timeout), so a replica that starts with Redis up
        // hears every change from the moment it serves.
        if (!await TrySubscribeAsync().ConfigureAwait(false))
        {
            _retrying = RetryAsync(_stopping.Token);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        feed.Forward = null;
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_retrying is not null)
        {
            await _retrying.ConfigureAwait(false);
        }

        await UnsubscribeAsync().ConfigureAwait(false);
    }

    public void Dispose() => _stopping.Dispose();

    private async Task<bool> TrySubscribeAsync()
    {
        try
        {
            var subscriber = (await redis.ConnectAsync().ConfigureAwait(false)).GetSubscriber();
            var messages = await subscriber.SubscribeAsync(Channel).ConfigureAwait(false);
            messages.OnMessage(ReceivedAsync);
            Answered();
            return true;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            Failed(exception);

            // A subscription that failed half-way must not linger beside the next attempt's: that would deliver twice.
            await UnsubscribeAsync().ConfigureAwait(false);
            return false;
        }
    }

    private async Task RetryAsync(CancellationToken stopping)
    {
        try
        {
            do
            {
                await Task.Delay(RetryEvery, stopping).ConfigureAwait(false);
            }
            while (!await TrySubscribeAsync().ConfigureAwait(false));
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private async Task UnsubscribeAsync()
    {
        try
        {
            var subscriber = (await redis.ConnectAsync().ConfigureAwait(false)).GetSubscriber();
            await subscriber.UnsubscribeAsync(Channel, handler: null, CommandFlags.FireAndForget).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            // Redis forgets a connection's subscriptions with the connection.
        }
    }

    private async Task PublishAsync(ProfileChange change)
    {
        var message = JsonSerializer.SerializeToUtf8Bytes(
            new RelayedChange(_replica, change.User.Provider.ToString(), change.User.Id, change.At, change.Source), RelayedChangeJson.Default.RelayedChange);
        try
        {
            await (await redis.ConnectAsync().ConfigureAwait(false)).GetSubscriber().PublishAsync(Channel, message).ConfigureAwait(false);
            Answered();
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            Failed(exception);
        }
    }

    private async Task ReceivedAsync(ChannelMessage message)
    {
        RelayedChange? relayed;
        try
        {
            relayed = JsonSerializer.Deserialize((byte[])message.Message!, RelayedChangeJson.Default.RelayedChange);
        }
        catch (JsonException)
        {
            relayed = null;
        }

        if (relayed is null || !Enum.TryParse<Provider>(relayed.Provider, out var provider) || string.IsNullOrEmpty(relayed.Id))
        {
            LogMalformed(logger);
            return;
        }

        if (relayed.Replica != _replica)
        {
            await feed.ReceiveAsync(new ProfileChange(new UserRef(provider, relayed.Id), relayed.At, relayed.Source)).ConfigureAwait(false);
        }
    }

    private void Failed(Exception reason)
    {
        if (Interlocked.Exchange(ref _failing, 1) == 0)
        {
            LogUnavailable(logger, reason.GetType().Name);
        }
    }

    private void Answered()
    {
        if (Interlocked.Exchange(ref _failing, 0) == 1)
        {
            LogBack(logger);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Redis, which carries profile changes between replicas, is unavailable ({Reason}): changes reach this replica's subscribers only until it answers")]
    private static partial void LogUnavailable(ILogger logger, string reason);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Redis answers again: profile changes reach every replica")]
    private static partial void LogBack(ILogger logger);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "A profile change message on Redis could not be read: ignored")]
    private static partial void LogMalformed(ILogger logger);
}
