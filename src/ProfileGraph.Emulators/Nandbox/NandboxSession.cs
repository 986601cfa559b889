using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Channels;
using ProfileGraph.Emulators.Faults;
using ProfileGraph.Emulators.Json;
using ProfileGraph.Emulators.Observability;

namespace ProfileGraph.Emulators.Nandbox;

/// <summary>
/// One bot connection. The first frame must be TOKEN_AUTH; after it every request is answered on its
/// own task, after its own drawn latency, so many requests are in flight at once and answers come back
/// out of order. A single writer loop owns all sends, as a WebSocket allows one send at a time. A bot has one
/// socket ("one WebSocket per bot"): when another authenticates with its token, this one is closed (1008).
/// </summary>
internal sealed class NandboxSession(WebSocket socket, EmulatorState state, Action abortConnection)
{
    private const int MaxFrameBytes = 1 << 20;

    private readonly Channel<OutgoingFrame> _outgoing = Channel.CreateUnbounded<OutgoingFrame>(new UnboundedChannelOptions { SingleReader = true });
    private readonly NandboxEmulatorOptions _options = state.Options.Nandbox;
    private readonly byte[] _receiveBuffer = new byte[8192];

    // Answers still running. The session itself holds one count, released as it ends, so the count
    // reaches zero only once the session is over and its last answer has finished.
    private readonly TaskCompletionSource _answersFinished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _answersRunning = 1;

    private string? _botId;
    private bool _canManageUsers;
    private Action? _replace;

    public async Task RunAsync(CancellationToken cancellation)
    {
        // Answers observe this token, so none outlives the session: the connection (and so the
        // abortConnection callback) belongs to another request once the session has returned. The
        // writer keeps the outer token, to flush what is queued (an auth error, a close) at the end.
        using var session = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var writer = WriteLoopAsync(cancellation);
        state.NandboxDropRequested += Drop;
        try
        {
            while (await ReceiveAsync(session.Token) is { } frame)
            {
                if (!HandleFrame(frame, session.Token))
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The client vanished or the host is stopping: nothing is left to answer.
        }
        finally
        {
            state.NandboxDropRequested -= Drop;
            if (_botId is not null && _replace is not null)
            {
                state.ReleaseBotSocket(_botId, _replace);
            }

            await session.CancelAsync();
            ReleaseAnswer();
            await _answersFinished.Task;
            _outgoing.Writer.TryComplete();
            await writer;
        }
    }

    private void Drop() => SendClose(WebSocketCloseStatus.InternalServerError, "Server closing");

    private void Replaced()
    {
        Counter(EmulatedEndpoints.NandboxTokenAuth).AddOutcome(CounterOutcomes.Replaced);
        SendClose(WebSocketCloseStatus.PolicyViolation, "Another connection authenticated with this bot's token");
    }

    /// <summary>Handles one frame; false ends the session.</summary>
    private bool HandleFrame(byte[] frame, CancellationToken cancellation)
    {
        JsonElement request;
        try
        {
            using var document = JsonDocument.Parse(frame);
            request = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            Send(new NandboxError("Malformed JSON", null), EmulatorJson.Context.NandboxError);
            return true;
        }

        var method = request.ValueKind == JsonValueKind.Object && request.TryGetProperty("method", out var methodElement) && methodElement.ValueKind == JsonValueKind.String
            ? methodElement.GetString()!
            : "";
        if (_botId is null)
        {
            return Authenticate(method, request);
        }

        switch (method)
        {
            case EmulatedEndpoints.NandboxPing:
                // Keepalive only: the protocol documents no reply.
                Counter(method).AddRequest();
                break;
            case EmulatedEndpoints.NandboxGetUser or EmulatedEndpoints.NandboxGetMyProfiles:
                StartAnswer(method, request, cancellation);
                break;
            default:
                Send(new NandboxError($"Unknown method: {method}", Reference(request)), EmulatorJson.Context.NandboxError);
                break;
        }

        return true;
    }

    private bool Authenticate(string method, JsonElement request)
    {
        var counter = Counter(EmulatedEndpoints.NandboxTokenAuth);
        counter.AddRequest();
        var token = method == EmulatedEndpoints.NandboxTokenAuth && request.TryGetProperty("token", out var tokenElement) && tokenElement.ValueKind == JsonValueKind.String
            ? tokenElement.GetString()
            : null;
        if (token != _options.Token && token != _options.LimitedToken)
        {
            counter.AddOutcome(CounterOutcomes.Error);
            Send(new NandboxError(token is null ? "Authenticate with TOKEN_AUTH first" : "Invalid token", null), EmulatorJson.Context.NandboxError);
            SendClose(WebSocketCloseStatus.PolicyViolation, "Unauthorized");
            return false;
        }

        _botId = token![..token.IndexOf(':', StringComparison.Ordinal)];
        _canManageUsers = token == _options.Token;
        _replace = Replaced;
        state.HoldBotSocket(_botId, _replace);
        counter.AddOutcome(CounterOutcomes.Ok);
        var now = state.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        // The documented sample's reference is its date with one more digit; any number will do.
        Send(new NandboxTokenAuthOk("TOKEN_AUTH_OK", _options.BotName, _botId, now * 10, now), EmulatorJson.Context.NandboxTokenAuthOk);
        return true;
    }

    private void StartAnswer(string method, JsonElement request, CancellationToken cancellation)
    {
        Interlocked.Increment(ref _answersRunning);
        _ = AnswerThenReleaseAsync();

        async Task AnswerThenReleaseAsync()
        {
            try
            {
                await AnswerAsync(method, request, cancellation);
            }
            finally
            {
                ReleaseAnswer();
            }
        }
    }

    private void ReleaseAnswer()
    {
        if (Interlocked.Decrement(ref _answersRunning) == 0)
        {
            _answersFinished.TrySetResult();
        }
    }

    /// <summary>Answers one request after its latency, unless a drawn fault answers it differently.</summary>
    private async Task AnswerAsync(string method, JsonElement request, CancellationToken cancellation)
    {
        var counter = Counter(method);
        counter.AddRequest();
        var faults = state.GetFaults(EmulatedProvider.Nandbox);
        var reference = Reference(request);
        try
        {
            await Task.Delay(faults.Latency.Sample(Random.Shared), cancellation);
        }
        catch (OperationCanceledException)
        {
            // The session ended first: its connection is gone, so this request stays unanswered.
            return;
        }

        switch (faults.Errors.Draw(Random.Shared))
        {
            case InjectedFault.Timeout:
                counter.AddOutcome(CounterOutcomes.Timeout);
                return;
            case InjectedFault.ConnectionReset:
                counter.AddOutcome(CounterOutcomes.Reset);
                abortConnection();
                return;
            case InjectedFault.WebSocketClose:
                counter.AddOutcome(CounterOutcomes.Close);
                SendClose(WebSocketCloseStatus.InternalServerError, "Server closing");
                return;
            case InjectedFault.MalformedResponse:
                counter.AddOutcome(CounterOutcomes.Malformed);
                Send(new NandboxMalformedUserDetails("userDetails", "unavailable", reference), EmulatorJson.Context.NandboxMalformedUserDetails);
                return;
            case InjectedFault.ServerError:
                Fail(counter, "Internal server error", reference);
                return;
            case InjectedFault.TooManyRequests:
                Fail(counter, "Too many requests", reference);
                return;
        }

        if (method == EmulatedEndpoints.NandboxGetMyProfiles)
        {
            counter.AddOutcome(CounterOutcomes.Ok);
            var bot = new NandboxUser { Id = _botId!, Name = _options.BotName, Version = "1", IsBot = true };
            Send(new NandboxMyProfile("myProfile", bot, reference), EmulatorJson.Context.NandboxMyProfile);
            return;
        }

        AnswerGetUser(counter, request, reference);
    }

    private void AnswerGetUser(EndpointCounter counter, JsonElement request, JsonElement? reference)
    {
        var userId = StringProperty(request, "user_id");
        var appId = StringProperty(request, "app_id");
        counter.AddKeys(1);
        if (!_canManageUsers)
        {
            Fail(counter, "Permission denied: the bot needs the Manage Users permission", reference);
        }
        else if (appId != _options.AppId)
        {
            Fail(counter, "App not found", reference);
        }
        else if (userId is null || !state.Dataset.NandboxUsersById.TryGetValue(userId, out var user))
        {
            Fail(counter, "User not found", reference);
        }
        else
        {
            counter.AddOutcome(CounterOutcomes.Ok);
            counter.AddBatch(1);
            Send(new NandboxUserDetails("userDetails", appId, user, reference), EmulatorJson.Context.NandboxUserDetails);
        }
    }

    private void Fail(EndpointCounter counter, string error, JsonElement? reference)
    {
        counter.AddOutcome(CounterOutcomes.Error);
        Send(new NandboxError(error, reference), EmulatorJson.Context.NandboxError);
    }

    private EndpointCounter Counter(string method) => state.Counters.For(EmulatedProvider.Nandbox, method);

    private static JsonElement? Reference(JsonElement request) =>
        request.ValueKind == JsonValueKind.Object && request.TryGetProperty("reference", out var reference) ? reference : null;

    private static string? StringProperty(JsonElement request, string name) =>
        request.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Queues a frame for the writer loop; dropped once the session is over.</summary>
    private void Send<T>(T frame, JsonTypeInfo<T> typeInfo) =>
        _outgoing.Writer.TryWrite(new OutgoingFrame(EmulatorJson.Serialize(frame, typeInfo), null, null));

    private void SendClose(WebSocketCloseStatus status, string description) =>
        _outgoing.Writer.TryWrite(new OutgoingFrame(null, status, description));

    private async Task WriteLoopAsync(CancellationToken cancellation)
    {
        try
        {
            await foreach (var frame in _outgoing.Reader.ReadAllAsync(cancellation))
            {
                if (frame.CloseStatus is { } status)
                {
                    await socket.CloseOutputAsync(status, frame.CloseDescription, cancellation);
                    return;
                }

                await socket.SendAsync(frame.Payload!, WebSocketMessageType.Text, endOfMessage: true, cancellation);
            }

            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancellation);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The socket is gone; the receive loop ends the session.
        }
    }

    /// <summary>The next whole text frame, or null once the client closes.</summary>
    private async Task<byte[]?> ReceiveAsync(CancellationToken cancellation)
    {
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(_receiveBuffer, cancellation);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(_receiveBuffer, 0, result.Count);
            if (message.Length > MaxFrameBytes)
            {
                SendClose(WebSocketCloseStatus.MessageTooBig, "Frame too large");
                return null;
            }

            if (result.EndOfMessage)
            {
                return message.ToArray();
            }
        }
    }

    private sealed record OutgoingFrame(byte[]? Payload, WebSocketCloseStatus? CloseStatus, string? CloseDescription);
}
