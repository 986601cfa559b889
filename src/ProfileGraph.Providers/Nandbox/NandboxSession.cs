using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using ProfileGraph.Providers.Configuration;
using ProfileGraph.Providers.Errors;

using ProfileGraph.Providers.Resilience;

namespace ProfileGraph.Providers.Nandbox;

/// <summary>
/// One authenticated socket, from TOKEN_AUTH to its end. Requests are multiplexed: each registers in the
/// pending map under its reference before its frame is queued; one writer loop owns all sends (a WebSocket
/// allows one at a time), one receive loop hands replies out by reference in whatever order they come, and a
/// ping loop keeps the socket alive. When the socket ends, every request still pending fails at once.
/// </summary>
internal sealed partial class NandboxSession : IAsyncDisposable
{
    private const int ReceiveBufferBytes = 16 * 1024;
    private const int MaxFrameBytes = 4 * 1024 * 1024;

    private readonly ClientWebSocket _socket;
    private readonly NandboxOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Channel<byte[]> _outgoing = Channel.CreateUnbounded<byte[]>(new UnboundedChannelOptions { SingleReader = true });
    private readonly PendingRequests _pending = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly byte[] _buffer = new byte[ReceiveBufferBytes];
    private Task _receiving = Task.CompletedTask;
    private Task _writing = Task.CompletedTask;
    private Task _pinging = Task.CompletedTask;

    private NandboxSession(ClientWebSocket socket, NandboxOptions options, TimeProvider time, ILogger logger)
    {
        _socket = socket;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>Completes when the socket has ended, for whatever reason.</summary>
    public Task Ended => _ended.Task;

    public bool IsOpen => !_ended.Task.IsCompleted;

    /// <summary>Requests sent and not yet answered.</summary>
    public int PendingCount => _pending.Count;

    /// <summary>Connects and authenticates; an error frame in answer to TOKEN_AUTH is <see cref="ProviderErrorKind.Unauthorized"/>.</summary>
    public static async Task<NandboxSession> OpenAsync(NandboxOptions options, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        var session = new NandboxSession(socket, options, time, logger);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.ConnectTimeout);
            await socket.ConnectAsync(options.Url!, timeout.Token).ConfigureAwait(false);
            await socket.SendAsync(NandboxFrames.TokenAuth(options.Token!), WebSocketMessageType.Text, endOfMessage: true, timeout.Token).ConfigureAwait(false);
            var answer = await session.ReceiveFrameAsync(timeout.Token).ConfigureAwait(false) is { } frame ? NandboxReply.Parse(frame) : null;
            if (answer?.Method != "TOKEN_AUTH_OK")
            {
                throw answer?.Error is { } error
                    ? ProviderFailures.FromCode(Provider.Nandbox, "TOKEN_AUTH", ProviderErrorKind.Unauthorized, error)
                    : new ProviderException(Provider.Nandbox, ProviderErrorKind.Unavailable, "Nandbox TOKEN_AUTH: the socket closed before authenticating", providerCode: "closed");
            }
        }
        catch
        {
            socket.Abort();
            socket.Dispose();
            session._stopping.Dispose();
            throw;
        }

        session._receiving = session.ReceiveLoopAsync();
        session._writing = session.WriteLoopAsync();
        session._pinging = session.PingLoopAsync();
        return session;
    }

    /// <summary>Sends one request frame and waits for the reply with its reference, at most <see cref="NandboxOptions.RequestTimeout"/>.</summary>
    public async Task<NandboxReply> RequestAsync(string operation, long reference, byte[] frame, CancellationToken cancellationToken)
    {
        using var activity = ProviderActivities.Source.StartActivity($"nandbox {operation} frame", ActivityKind.Client);
        var reply = _pending.Add(reference);
        try
        {
            // A socket that has just ended completed the queue after failing the pending map: the reply has failed.
            _outgoing.Writer.TryWrite(frame);
            return await reply.WaitAsync(_options.RequestTimeout, _time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException exception)
        {
            throw new ProviderException(
                Provider.Nandbox,
                ProviderErrorKind.Timeout,
                $"Nandbox {operation}: no reply within {_options.RequestTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s",
                exception,
                providerCode: "no_reply");
        }
        finally
        {
            _pending.Remove(reference);
        }
    }

    /// <summary>Closes the socket politely (close handshake, briefly), then for good.</summary>
    public async ValueTask DisposeAsync()
    {
        _outgoing.Writer.TryComplete();
        using (var patience = new CancellationTokenSource(TimeSpan.FromSeconds(1)))
        {
            try
            {
                await _writing.WaitAsync(patience.Token).ConfigureAwait(false);
                if (_socket.State == WebSocketState.Open)
                {
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, patience.Token).ConfigureAwait(false);
                }

                await _receiving.WaitAsync(patience.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException)
            {
                // Going away regardless.
            }
        }

        End(Dropped("closing"));
        _socket.Abort();
        await Task.WhenAll(_receiving, _writing, _pinging).ConfigureAwait(false);
        _socket.Dispose();
        _stopping.Dispose();
    }

    private async Task ReceiveLoopAsync()
    {
        var reason = Dropped("closed by the server");
        try
        {
            while (await ReceiveFrameAsync(_stopping.Token).ConfigureAwait(false) is { } frame)
            {
                Dispatch(frame);
            }

            reason = Dropped($"closed by the server ({_socket.CloseStatus})");
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            reason = Dropped($"lost ({exception.GetType().Name})");
        }
        finally
        {
            End(reason);
        }
    }

    private void Dispatch(byte[] frame)
    {
        var reply = NandboxReply.Parse(frame);
        if (reply?.Reference is { } reference && _pending.Complete(reference, reply))
        {
            return;
        }

        // Late (timed out), unknown, or without a reference: nobody waits for it. Its content is not logged.
        LogUnmatchedFrame(reply?.Method, reply?.Error, reply?.Reference);
    }

    private async Task WriteLoopAsync()
    {
        try
        {
            await foreach (var frame in _outgoing.Reader.ReadAllAsync(_stopping.Token).ConfigureAwait(false))
            {
                await _socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, _stopping.Token).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // A failed send means a broken socket: abort it, so the receive loop ends the session.
            if (!_stopping.IsCancellationRequested)
            {
                _socket.Abort();
            }
        }
    }

    private async Task PingLoopAsync()
    {
        using var timer = new PeriodicTimer(_options.PingInterval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(_stopping.Token).ConfigureAwait(false))
            {
                _outgoing.Writer.TryWrite(NandboxFrames.Ping);
            }
        }
        catch (OperationCanceledException)
        {
            // The session ended.
        }
    }

    /// <summary>The next whole text frame, or null once the server closes.</summary>
    private async Task<byte[]?> ReceiveFrameAsync(CancellationToken cancellationToken)
    {
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(_buffer, cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(_buffer, 0, result.Count);
            if (message.Length > MaxFrameBytes)
            {
                throw new WebSocketException(WebSocketError.Faulted, "frame too large");
            }

            if (result.EndOfMessage)
            {
                return message.ToArray();
            }
        }
    }

    /// <summary>Fails what is pending, stops taking frames and loops; runs once whichever loop ends first.</summary>
    private void End(ProviderException reason)
    {
        if (!_ended.TrySetResult())
        {
            return;
        }

        _pending.Close(reason);
        _outgoing.Writer.TryComplete();
        _stopping.Cancel();
    }

    private static ProviderException Dropped(string how) =>
        new(Provider.Nandbox, ProviderErrorKind.Unavailable, $"Nandbox socket {how} with the request in flight", providerCode: "socket_closed");

    [LoggerMessage(EventId = 20, Level = LogLevel.Debug, Message = "Nandbox frame nobody waits for: method {Method}, error {Error}, reference {Reference}")]
    private partial void LogUnmatchedFrame(string? method, string? error, long? reference);
}
