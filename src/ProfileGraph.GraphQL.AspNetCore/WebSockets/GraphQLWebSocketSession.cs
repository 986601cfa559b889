using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ProfileGraph.GraphQL.AspNetCore.Clients;
using ProfileGraph.GraphQL.AspNetCore.Http;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Execution.Results;

namespace ProfileGraph.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// One WebSocket connection speaking the <c>graphql-transport-ws</c> protocol (what the <c>graphql-ws</c> client
/// speaks): <c>connection_init</c> within <see cref="GraphQLHttpOptions.ConnectionInitTimeout"/> (its payload may carry
/// the client's API key, since browsers cannot set headers on a WebSocket), <c>connection_ack</c>, <c>ping</c>/<c>pong</c>,
/// then any number of <c>subscribe</c>s, each answered by <c>next</c>s and <c>complete</c> (or one <c>error</c> for a
/// request error), at most <see cref="GraphQLHttpOptions.MaxSubscriptionsPerConnection"/> at once; a client's
/// <c>complete</c> cancels its operation. Protocol violations close the socket with the protocol's codes.
/// </summary>
internal sealed class GraphQLWebSocketSession(HttpContext context, WebSocket socket, GraphQLServer server, GraphQLHttpOptions options) : IDisposable
{
    public const string Protocol = "graphql-transport-ws";

    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _operations = new(StringComparer.Ordinal);
    private bool _acknowledged;
    private bool _initialised;

    public static async Task RunAsync(HttpContext context, GraphQLServer server, GraphQLHttpOptions options)
    {
        if (!context.WebSockets.WebSocketRequestedProtocols.Contains(Protocol, StringComparer.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync($"This endpoint speaks the {Protocol} subprotocol over WebSocket.", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync(Protocol).ConfigureAwait(false);
        using var session = new GraphQLWebSocketSession(context, socket, server, options);
        await session.RunAsync().ConfigureAwait(false);
    }

    public void Dispose() => _sending.Dispose();

    private async Task RunAsync()
    {
        using var closing = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        _ = CloseUnlessInitialisedAsync(closing.Token);
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                using var message = await ReceiveAsync(closing.Token).ConfigureAwait(false);
                if (message is null || !await HandleAsync(message.RootElement).ConfigureAwait(false))
                {
                    break;
                }
            }
        }
        catch (Exception error) when (error is WebSocketException or OperationCanceledException)
        {
            // The client went away: its operations stop below.
        }
        finally
        {
            await closing.CancelAsync().ConfigureAwait(false);
            foreach (var operation in _operations.Values)
            {
                await operation.CancelAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Handles one message; false once the socket is closed.</summary>
    private async Task<bool> HandleAsync(JsonElement message)
    {
        var type = message.ValueKind == JsonValueKind.Object && message.TryGetProperty("type", out var typeValue) && typeValue.ValueKind == JsonValueKind.String ? typeValue.GetString() : null;
        switch (type)
        {
            case "connection_init":
                if (_initialised)
                {
                    return await CloseAsync(4429, "Too many initialisation requests").ConfigureAwait(false);
                }

                _initialised = true;
                if (!Authenticate(message.TryGetProperty("payload", out var payload) ? payload : default))
                {
                    return await CloseAsync(4403, "Forbidden").ConfigureAwait(false);
                }

                _acknowledged = true;
                await SendAsync("{\"type\":\"connection_ack\"}"u8.ToArray()).ConfigureAwait(false);
                return true;
            case "ping":
                await SendAsync("{\"type\":\"pong\"}"u8.ToArray()).ConfigureAwait(false);
                return true;
            case "pong":
                return true;
            case "subscribe":
                return await SubscribeAsync(message).ConfigureAwait(false);
            case "complete":
                if (message.TryGetProperty("id", out var completed) && completed.ValueKind == JsonValueKind.String && _operations.TryRemove(completed.GetString()!, out var operation))
                {
                    await operation.CancelAsync().ConfigureAwait(false);
                }

                return true;
            default:
                return await CloseAsync(4400, "Invalid message received").ConfigureAwait(false);
        }
    }

    private async Task<bool> SubscribeAsync(JsonElement message)
    {
        if (!_acknowledged)
        {
            return await CloseAsync(4401, "Unauthorized").ConfigureAwait(false);
        }

        if (!message.TryGetProperty("id", out var idValue) || idValue.ValueKind != JsonValueKind.String || idValue.GetString() is not { Length: > 0 } id
            || !message.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
        {
            return await CloseAsync(4400, "Invalid message received").ConfigureAwait(false);
        }

        if (_operations.Count >= options.MaxSubscriptionsPerConnection)
        {
            await SendErrorAsync(id, $"A connection runs at most {options.MaxSubscriptionsPerConnection} operations at once.", "SUBSCRIPTION_LIMIT_EXCEEDED").ConfigureAwait(false);
            return true;
        }

        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        if (!_operations.TryAdd(id, cancellation))
        {
            cancellation.Dispose();
            return await CloseAsync(4409, $"Subscriber for {id} already exists").ConfigureAwait(false);
        }

        _ = RunOperationAsync(id, Encoding.UTF8.GetBytes(payload.GetRawText()), cancellation);
        return true;
    }

    private async Task RunOperationAsync(string id, byte[] payload, CancellationTokenSource cancellation)
    {
        try
        {
            GraphQLHttpRequest request;
            try
            {
                request = JsonRequestParser.Parse(payload, options, out _)[0];
            }
            catch (GraphQLHttpException error)
            {
                await SendErrorAsync(id, error.Message, error.Code).ConfigureAwait(false);
                return;
            }

            using (request)
            {
                var result = await server.Executor.ExecuteAsync(request.ToExecutionRequest(context, allowedOperations: null), cancellation.Token).ConfigureAwait(false);
                if (result.Events is { } events)
                {
                    await foreach (var item in events.WithCancellation(cancellation.Token).ConfigureAwait(false))
                    {
                        await SendResultAsync(id, "next", item).ConfigureAwait(false);
                    }
                }
                else if (!result.HasData)
                {
                    // A request error: the protocol's error message, and no complete.
                    await SendResultAsync(id, "error", result).ConfigureAwait(false);
                    return;
                }
                else
                {
                    await SendResultAsync(id, "next", result).ConfigureAwait(false);
                }
            }

            if (_operations.TryRemove(id, out _))
            {
                await SendAsync(Encoding.UTF8.GetBytes($"{{\"id\":{JsonSerializer.Serialize(id)},\"type\":\"complete\"}}")).ConfigureAwait(false);
            }
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException)
        {
            // The client completed the operation or went away.
        }
        finally
        {
            _operations.TryRemove(id, out _);
            cancellation.Dispose();
        }
    }

    /// <summary>The client named by the API key in the init payload (or the upgrade request's headers), where clients are configured.</summary>
    private bool Authenticate(JsonElement payload)
    {
        if (context.RequestServices.GetService<ClientRegistry>() is not { } clients)
        {
            return true;
        }

        if (KeyOf(payload) is { } key)
        {
            if (clients.FindByKey(key) is not { } client)
            {
                return false;
            }

            context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, client.Name)], ClientClaims.Scheme));
            return true;
        }

        return context.User.Identity?.IsAuthenticated == true || (!clients.RequireKey && ApiKeyAuthenticationHandler.KeyOf(context.Request) is null);
    }

    private static string? KeyOf(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in payload.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            if (property.Name.Equals(ApiKeyAuthenticationHandler.HeaderName, StringComparison.OrdinalIgnoreCase) || property.Name.Equals("apiKey", StringComparison.OrdinalIgnoreCase))
            {
                return property.Value.GetString()?.Trim();
            }

            if (property.Name.Equals("Authorization", StringComparison.OrdinalIgnoreCase) && property.Value.GetString() is { } authorization
                && authorization.StartsWith(ClientClaims.Scheme + " ", StringComparison.OrdinalIgnoreCase))
            {
                return authorization[(ClientClaims.Scheme.Length + 1)..].Trim();
            }
        }

        return null;
    }

    private async Task CloseUnlessInitialisedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(options.ConnectionInitTimeout, cancellationToken).ConfigureAwait(false);
            if (!_initialised)
            {
                await CloseAsync(4408, "Connection initialisation timeout").ConfigureAwait(false);
            }
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException)
        {
            // The connection ended first.
        }
    }

    private Task SendResultAsync(string id, string type, ExecutionResult result)
    {
        var buffer = new ArrayBufferWriter<byte>();
        buffer.Write(Encoding.UTF8.GetBytes($"{{\"id\":{JsonSerializer.Serialize(id)},\"type\":\"{type}\",\"payload\":"));
        if (type == "error")
        {
            // An error message's payload is the request's errors alone.
            var json = result.ToJson();
            using var document = JsonDocument.Parse(json);
            buffer.Write(Encoding.UTF8.GetBytes(document.RootElement.GetProperty("errors").GetRawText()));
        }
        else
        {
            result.WriteTo(buffer);
        }

        buffer.Write("}"u8);
        return SendAsync(buffer.WrittenMemory.ToArray());
    }

    private Task SendErrorAsync(string id, string message, string code) =>
        SendAsync(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["id"] = id,
            ["type"] = "error",
            ["payload"] = new[] { new Dictionary<string, object> { ["message"] = message, ["extensions"] = new Dictionary<string, string> { ["code"] = code } } },
        })));

    private async Task SendAsync(byte[] message)
    {
        await _sending.WaitAsync(context.RequestAborted).ConfigureAwait(false);
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, context.RequestAborted).ConfigureAwait(false);
            }
        }
        finally
        {
            _sending.Release();
        }
    }

    private async Task<bool> CloseAsync(int code, string reason)
    {
        await _sending.WaitAsync(context.RequestAborted).ConfigureAwait(false);
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, context.RequestAborted).ConfigureAwait(false);
            }
        }
        finally
        {
            _sending.Release();
        }

        return false;
    }

    /// <summary>The next whole text message, parsed; null when the client closed. Messages are bounded by the body limit.</summary>
    private async Task<JsonDocument?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>();
        while (true)
        {
            var memory = buffer.GetMemory(4096);
            var received = await socket.ReceiveAsync(memory, cancellationToken).ConfigureAwait(false);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                // The client closes: complete the handshake.
                await CloseAsync((int)WebSocketCloseStatus.NormalClosure, "").ConfigureAwait(false);
                return null;
            }

            buffer.Advance(received.Count);
            if (buffer.WrittenCount > options.MaxRequestBodySize)
            {
                await CloseAsync(4400, "Message too large").ConfigureAwait(false);
                return null;
            }

            if (received.EndOfMessage)
            {
                break;
            }
        }

        try
        {
            return JsonDocument.Parse(buffer.WrittenMemory);
        }
        catch (JsonException)
        {
            await CloseAsync(4400, "Invalid message received").ConfigureAwait(false);
            return null;
        }
    }
}
