using System.Net.WebSockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProfileGraph.Providers.Configuration;
using ProfileGraph.Providers.Errors;

namespace ProfileGraph.Providers.Nandbox;

/// <summary>
/// The bot's one multiplexed socket, opened on first use and kept up: after a drop it reconnects with
/// jittered exponential backoff and authenticates again, while requests that were in flight fail at once
/// (the pipeline retries them on the new socket). A singleton; disposing it closes the socket.
/// </summary>
public sealed partial class NandboxConnection : IAsyncDisposable
{
    private readonly NandboxOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _disposing = new();
    private readonly Lock _lock = new();
    private Task<NandboxSession>? _session;
    private NandboxSession? _released;
    private long _nextReference;

    public NandboxConnection(IOptions<NandboxOptions> options, TimeProvider time, ILogger<NandboxConnection> logger)
    {
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>Whether an authenticated socket is open now.</summary>
    public bool IsConnected => _session is { IsCompletedSuccessfully: true } session && session.Result.IsOpen;

    /// <summary>Requests sent on the current socket and not yet answered.</summary>
    public int PendingCount => _session is { IsCompletedSuccessfully: true } session ? session.Result.PendingCount : 0;

    public async ValueTask DisposeAsync()
    {
        Task<NandboxSession>? current;
        lock (_lock)
        {
            if (_disposing.IsCancellationRequested)
            {
                return;
            }

            _disposing.Cancel();
            current = _session;
        }

        if (current is not null)
        {
            try
            {
                await (await current.ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is ProviderException or OperationCanceledException)
            {
                // It never connected.
            }
        }

        _disposing.Dispose();
    }

    /// <summary>
    /// Closes the socket and keeps it closed until the next request: another replica now holds the bot's one socket,
    /// and a reconnect here would close theirs.
    /// </summary>
    public async Task ReleaseAsync()
    {
        Task<NandboxSession>? current;
        lock (_lock)
        {
            current = _session;
            _session = null;
            _released = current is { IsCompletedSuccessfully: true } ? current.Result : null;
        }

        if (_released is { } released)
        {
            await released.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Sends the frame built for a fresh reference, on the current socket (connecting first if need be), and waits for its reply.</summary>
    internal async Task<NandboxReply> RequestAsync(string operation, Func<long, byte[]> frame, CancellationToken cancellationToken)
    {
        var session = await CurrentSessionAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        var reference = Interlocked.Increment(ref _nextReference);
        return await session.RequestAsync(operation, reference, frame(reference), cancellationToken).ConfigureAwait(false);
    }

    private Task<NandboxSession> CurrentSessionAsync()
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposing.IsCancellationRequested, this);
            if (_session is null || _session.IsFaulted || _session.IsCanceled || (_session.IsCompletedSuccessfully && !_session.Result.IsOpen))
            {
                // A failed authentication is not retried in the background; the next request tries again.
                var reconnecting = _session is not null;
                _session = Task.Run(() => ConnectAsync(reconnecting));
            }

            return _session;
        }
    }

    private async Task<NandboxSession> ConnectAsync(bool reconnecting)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (reconnecting || attempt > 0)
            {
                await Task.Delay(Backoff(attempt), _time, _disposing.Token).ConfigureAwait(false);
            }

            try
            {
                var session = await NandboxSession.OpenAsync(_options, _time, _logger, _disposing.Token).ConfigureAwait(false);
                LogConnected(attempt + 1);
                _ = ReconnectWhenEndedAsync(session);
                return session;
            }
            catch (ProviderException exception) when (exception.Kind == ProviderErrorKind.Unauthorized)
            {
                LogAuthenticationRefused(exception.ProviderCode);
                throw;
            }
            catch (Exception exception) when (!_disposing.IsCancellationRequested
                && exception is WebSocketException or OperationCanceledException or IOException or ProviderException)
            {
                LogConnectFailed(attempt + 1, exception.GetType().Name);
            }
        }
    }

    /// <summary>Once a socket ends, starts the next one (unless disposing), then releases the old one.</summary>
    private async Task ReconnectWhenEndedAsync(NandboxSession session)
    {
        await session.Ended.ConfigureAwait(false);
        lock (_lock)
        {
            if (_disposing.IsCancellationRequested)
            {
                return;
            }

            // A released socket (another replica holds the bot's) ended on purpose and is not reopened.
            if (ReferenceEquals(session, _released))
            {
                return;
            }

            LogDropped();
            if (_session is { IsCompletedSuccessfully: true } current && ReferenceEquals(current.Result, session))
            {
                _session = Task.Run(() => ConnectAsync(reconnecting: true));
            }
        }

        await session.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>ReconnectDelay doubled per failed attempt up to MaxReconnectDelay, times a jitter of 0.5 to 1.5.</summary>
    private TimeSpan Backoff(int attempt)
    {
        var exponential = _options.ReconnectDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 16));
        var capped = Math.Min(exponential, _options.MaxReconnectDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + Random.Shared.NextDouble()));
    }

    [LoggerMessage(EventId = 21, Level = LogLevel.Information, Message = "Nandbox socket authenticated (attempt {Attempt})")]
    private partial void LogConnected(int attempt);

    [LoggerMessage(EventId = 22, Level = LogLevel.Warning, Message = "Nandbox socket could not connect (attempt {Attempt}: {Failure}); retrying with backoff")]
    private partial void LogConnectFailed(int attempt, string failure);

    [LoggerMessage(EventId = 23, Level = LogLevel.Error, Message = "Nandbox refused the bot token ({ProviderCode})")]
    private partial void LogAuthenticationRefused(string? providerCode);

    [LoggerMessage(EventId = 24, Level = LogLevel.Warning, Message = "Nandbox socket dropped; reconnecting")]
    private partial void LogDropped();
}
