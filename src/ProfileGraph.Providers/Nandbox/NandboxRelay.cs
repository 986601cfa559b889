using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProfileGraph.Providers.Configuration;
using ProfileGraph.Providers.Errors;
using ProfileGraph.Providers.Redis;
using ProfileGraph.Providers.Resilience;
using StackExchange.Redis;

namespace ProfileGraph.Providers.Nandbox;

/// <summary>
/// nandbox allows one socket per bot (a second authentication closes the first), so replicas cannot each keep one.
/// With Redis, the replica holding the bot's lease (<c>SET NX</c> with an expiry, renewed every third of
/// <see cref="NandboxOptions.LeaseDuration"/>) keeps the socket, and the others relay their frames to it over Redis
/// pub/sub and get its replies back; when the holder stops, its lease is deleted (or expires) and the next replica
/// to ask takes the socket over. While Redis is unreachable the holder keeps its socket and the others' requests
/// fail as unavailable (cached answers still serve). Without Redis, this replica's own socket.
/// </summary>
public sealed partial class NandboxRelay : IAsyncDisposable
{
    private const string RenewScript = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0";
    private const string ReleaseScript = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";

    private readonly NandboxConnection _connection;
    private readonly NandboxOptions _options;
    private readonly RedisConnection? _redis;
    private readonly SharedLimitsHealth _health;
    private readonly ILogger _logger;
    private readonly string _replica = Guid.NewGuid().ToString("N");
    private readonly RedisKey _lease;
    private readonly RedisChannel _requests;
    private readonly RedisChannel _replies;
    private readonly ConcurrentDictionary<long, TaskCompletionSource<NandboxReply>> _waiting = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly SemaphoreSlim _starting = new(1, 1);
    private ISubscriber? _subscriber;
    private Task? _renewing;
    private volatile bool _holding;
    private long _nextRelayId;

    public NandboxRelay(NandboxConnection connection, IOptions<NandboxOptions> options, SharedLimitsHealth health, ILogger<NandboxRelay> logger, RedisConnection? redis = null)
    {
        _connection = connection;
        _options = options.Value;
        _redis = redis;
        _health = health;
        _logger = logger;
        var bot = _options.Token is { } token && token.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 ? token[..colon] : "bot";
        _lease = $"profilegraph:nandbox:{{{bot}}}:holder";
        _requests = RedisChannel.Literal($"profilegraph:nandbox:{{{bot}}}:requests");
        _replies = RedisChannel.Literal($"profilegraph:nandbox:{{{bot}}}:replies:{_replica}");
    }

    /// <summary>Whether this replica holds the bot's socket (always, without Redis).</summary>
    public bool IsHolder => _redis is null || _holding;

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_renewing is not null)
        {
            await _renewing.ConfigureAwait(false);
        }

        if (_holding && _redis is not null)
        {
            try
            {
                // Let the next replica take the socket over now rather than when the lease expires.
                var redis = (await _redis.ConnectAsync().ConfigureAwait(false)).GetDatabase();
                await redis.ScriptEvaluateAsync(ReleaseScript, [_lease], [_replica]).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                // It expires by itself.
            }
        }

        if (_subscriber is not null)
        {
            await _subscriber.UnsubscribeAllAsync().ConfigureAwait(false);
        }

        _stopping.Dispose();
        _starting.Dispose();
    }

    /// <summary>The reply to the frame built for a reference, from this replica's socket or from the holder's.</summary>
    internal async Task<NandboxReply> RequestAsync(string operation, Func<long, byte[]> frame, CancellationToken cancellationToken)
    {
        if (_redis is null)
        {
            return await _connection.RequestAsync(operation, frame, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await StartAsync().ConfigureAwait(false);
            if (!_holding)
            {
                return await RelayAsync(operation, frame(0), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            _health.Failed(exception);
            if (!_holding)
            {
                throw new ProviderException(Provider.Nandbox, ProviderErrorKind.Unavailable, $"nandbox {operation}: the replica holding the bot's socket cannot be reached (Redis is unavailable)", isTransient: true);
            }
        }

        return await _connection.RequestAsync(operation, frame, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Once: listen for replies, try for the lease, and keep trying (or renewing) in the background.</summary>
    private async Task StartAsync()
    {
        if (_subscriber is not null)
        {
            return;
        }

        await _starting.WaitAsync(_stopping.Token).ConfigureAwait(false);
        try
        {
            if (_subscriber is not null)
            {
                return;
            }

            var multiplexer = await _redis!.ConnectAsync().ConfigureAwait(false);
            var subscriber = multiplexer.GetSubscriber();
            await subscriber.SubscribeAsync(_replies, (_, message) => Answered(message)).ConfigureAwait(false);
            await TryHoldAsync(multiplexer.GetDatabase(), subscriber).ConfigureAwait(false);
            _subscriber = subscriber;
            _renewing = KeepLeaseAsync(multiplexer.GetDatabase(), subscriber);
        }
        finally
        {
            _starting.Release();
        }
    }

    private async Task TryHoldAsync(IDatabase redis, ISubscriber subscriber)
    {
        if (await redis.StringSetAsync(_lease, _replica, _options.LeaseDuration, When.NotExists).ConfigureAwait(false))
        {
            await subscriber.SubscribeAsync(_requests, (channel, message) => { _ = AnswerRelayedAsync(subscriber, message); }).ConfigureAwait(false);
            _holding = true;
            LogHolding();
        }
    }

    private async Task KeepLeaseAsync(IDatabase redis, ISubscriber subscriber)
    {
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(_options.LeaseDuration / 3, _stopping.Token).ConfigureAwait(false);
                if (!_holding)
                {
                    await TryHoldAsync(redis, subscriber).ConfigureAwait(false);
                }
                else if ((long)await redis.ScriptEvaluateAsync(RenewScript, [_lease], [_replica, (long)_options.LeaseDuration.TotalMilliseconds]).ConfigureAwait(false) == 0)
                {
                    // Another replica holds the lease now (this one could not renew in time): give the socket up.
                    _holding = false;
                    await subscriber.UnsubscribeAsync(_requests).ConfigureAwait(false);
                    await _connection.ReleaseAsync().ConfigureAwait(false);
                    LogLost();
                }

                _health.Answered();
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                _health.Failed(exception);
            }
        }
    }

    /// <summary>Publishes the frame to the holder and waits for its reply (the pipeline's attempt timeout bounds the wait).</summary>
    private async Task<NandboxReply> RelayAsync(string operation, byte[] frame, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _nextRelayId);
        var reply = new TaskCompletionSource<NandboxReply>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[id] = reply;
        try
        {
            var listeners = await _subscriber!.PublishAsync(_requests, RelayMessage.Request(id, _replies.ToString(), operation, frame)).ConfigureAwait(false);
            if (listeners == 0)
            {
                // No holder: the last one stopped. The next replica to ask takes the socket over once its lease is gone.
                await TryHoldAsync((await _redis!.ConnectAsync().ConfigureAwait(false)).GetDatabase(), _subscriber).ConfigureAwait(false);
                if (_holding)
                {
                    return await _connection.RequestAsync(operation, reference => WithReference(frame, reference), cancellationToken).ConfigureAwait(false);
                }

                throw new ProviderException(Provider.Nandbox, ProviderErrorKind.Unavailable, $"nandbox {operation}: no replica holds the bot's socket yet", isTransient: true);
            }

            using (cancellationToken.Register(() => reply.TrySetCanceled(cancellationToken)))
            {
                return await reply.Task.ConfigureAwait(false);
            }
        }
        finally
        {
            _waiting.TryRemove(id, out _);
        }
    }

    /// <summary>The holder's side: sends a relayed frame on its socket and publishes the reply (or the failure) back.</summary>
    private async Task AnswerRelayedAsync(ISubscriber subscriber, RedisValue message)
    {
        if (RelayMessage.ReadRequest(message) is not { } request)
        {
            return;
        }

        byte[] answer;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
            timeout.CancelAfter(_options.RequestTimeout + _options.ConnectTimeout);
            var reply = await _connection.RequestAsync(request.Operation, reference => WithReference(request.Frame, reference), timeout.Token).ConfigureAwait(false);
            answer = RelayMessage.Reply(request.Id, reply.Frame);
        }
        catch (Exception exception) when (exception is ProviderException or OperationCanceledException or ObjectDisposedException)
        {
            var failure = exception as ProviderException;
            answer = RelayMessage.Failure(request.Id, failure?.Kind ?? ProviderErrorKind.Timeout, failure?.Message ?? $"nandbox {request.Operation}: no reply in time");
        }

        try
        {
            await subscriber.PublishAsync(RedisChannel.Literal(request.ReplyTo), answer).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            _health.Failed(exception);
        }
    }

    private void Answered(RedisValue message)
    {
        if (RelayMessage.ReadReply(message) is { } reply && _waiting.TryRemove(reply.Id, out var waiting))
        {
            if (reply.Frame is { } frame && NandboxReply.Parse(frame) is { } parsed)
            {
                waiting.TrySetResult(parsed);
            }
            else
            {
                waiting.TrySetException(new ProviderException(Provider.Nandbox, reply.Kind, reply.Message ?? "nandbox: the holder's reply could not be read", isTransient: reply.Kind is ProviderErrorKind.Timeout or ProviderErrorKind.Unavailable));
            }
        }
    }

    /// <summary>The frame with this socket's own reference, written as the original wrote it (string or number).</summary>
    private static byte[] WithReference(byte[] frame, long reference)
    {
        using var document = JsonDocument.Parse(frame);
        var buffer = new ArrayBufferWriter<byte>(frame.Length + 16);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.NameEquals("reference"))
                {
                    if (property.Value.ValueKind == JsonValueKind.Number)
                    {
                        writer.WriteNumber("reference", reference);
                    }
                    else
                    {
                        writer.WriteString("reference", reference.ToString(CultureInfo.InvariantCulture));
                    }
                }
                else
                {
                    property.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    [LoggerMessage(EventId = 31, Level = LogLevel.Information, Message = "This replica holds the nandbox bot's socket; the other replicas relay through it")]
    private partial void LogHolding();

    [LoggerMessage(EventId = 32, Level = LogLevel.Warning, Message = "Another replica took over the nandbox bot's socket; this one relays through it")]
    private partial void LogLost();
}
