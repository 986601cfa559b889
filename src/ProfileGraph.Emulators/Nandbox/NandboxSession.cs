using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using ProfileGraph.Emulators.Faults;
using ProfileGraph.Emulators.Json;
using ProfileGraph.Emulators.Observability;

namespace ProfileGraph.Emulators.Nandbox;

/// <summary>
/// One bot connection. The first frame must be TOKEN_AUTH; after it every request is answered on its
/// own task, after its own drawn latency, so many requests are in flight at once and answers come back
/// out of order. A single writer loop owns all sends, as a WebSocket allows one send at a time.
/// </summary>
internal sealed class NandboxSession(WebSocket socket, EmulatorState state, Action abortConnection)
{
    private const int MaxFrameBytes = 1 << 20;
    private const string ErrorOutcome = "error";
    private const string OkOutcome = "ok";

    private readonly Channel<OutgoingFrame> _outgoing = Channel.CreateUnbounded<OutgoingFrame>(new UnboundedChannelOptions { SingleReader = true });
    private readonly NandboxEmulatorOptions _options = state.Options.Nandbox;
    private string? _botId;
    private bool _canManageUsers;

    public async Task RunAsync(CancellationToken cancellation)
    {
        var writer = WriteLoopAsync(cancellation);
        try
        {
            while (await ReceiveAsync(cancellation) is { } frame)
            {
                if (!HandleFrame(frame, cancellation))
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
            _outgoing.Writer.TryComplete();
            await writer;
        }
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
            Send(new NandboxError("Malformed JSON", null));
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
                _ = AnswerAsync(method, request, cancellation);
                break;
            default:
                Send(new NandboxError($"Unknown method: {method}", Reference(request)));
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
            counter.AddOutcome(ErrorOutcome);
            Send(new NandboxError(token is null ? "Authenticate with TOKEN_AUTH first" : "Invalid token", null));
            SendClose(WebSocketCloseStatus.PolicyViolation, "Unauthorized");
            return false;
        }

        _botId = token![..token.IndexOf(':', StringComparison.Ordinal)];
        _canManageUsers = token == _options.Token;
        counter.AddOutcome(OkOutcome);
        var now = state.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        Send(new NandboxTokenAuthOk("TOKEN_AUTH_OK", _options.BotName, _botId, now * 10, now));
        return true;
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
            return;
        }

        switch (faults.Errors.Draw(Random.Shared))
        {
            case InjectedFault.Timeout:
                counter.AddOutcome("timeout");
                return;
            case InjectedFault.ConnectionReset:
                counter.AddOutcome("reset");
                abortConnection();
                return;
            case InjectedFault.WebSocketClose:
                counter.AddOutcome("close");
                SendClose(WebSocketCloseStatus.InternalServerError, "Server closing");
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
            counter.AddOutcome(OkOutcome);
            Send(new NandboxMyProfile("myProfile", new NandboxUser { Id = _botId!, Name = _options.BotName, Version = "1", IsBot = true }, reference));
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
            counter.AddOutcome(OkOutcome);
            counter.AddBatch(1);
            Send(new NandboxUserDetails("userDetails", appId, user, reference));
        }
    }

    private void Fail(EndpointCounter counter, string error, JsonElement? reference)
    {
        counter.AddOutcome(ErrorOutcome);
        Send(new NandboxError(error, reference));
    }

    private EndpointCounter Counter(string method) => state.Counters.For(EmulatedProvider.Nandbox, method);

    private static JsonElement? Reference(JsonElement request) =>
        request.ValueKind == JsonValueKind.Object && request.TryGetProperty("reference", out var reference) ? reference : null;

    private static string? StringProperty(JsonElement request, string name) =>
        request.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private void Send(NandboxTokenAuthOk frame) => Enqueue(EmulatorJson.Serialize(frame, EmulatorJson.Context.NandboxTokenAuthOk));

    private void Send(NandboxUserDetails frame) => Enqueue(EmulatorJson.Serialize(frame, EmulatorJson.Context.NandboxUserDetails));

    private void Send(NandboxMyProfile frame) => Enqueue(EmulatorJson.Serialize(frame, EmulatorJson.Context.NandboxMyProfile));

    private void Send(NandboxError frame) => Enqueue(EmulatorJson.Serialize(frame, EmulatorJson.Context.NandboxError));

    private void Enqueue(byte[] payload) => _outgoing.Writer.TryWrite(new OutgoingFrame(payload, null, null));

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
        var buffer = new byte[8192];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancellation);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
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
