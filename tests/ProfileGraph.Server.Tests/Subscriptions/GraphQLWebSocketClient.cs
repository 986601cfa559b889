using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace ProfileGraph.Server.Tests.Subscriptions;

/// <summary>A graphql-transport-ws client for tests: raw messages over a real WebSocket to the service.</summary>
internal sealed class GraphQLWebSocketClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();

    private GraphQLWebSocketClient()
    {
        _socket.Options.AddSubProtocol("graphql-transport-ws");
    }

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public string? CloseStatusDescription => _socket.CloseStatusDescription;

    public static async Task<GraphQLWebSocketClient> ConnectAsync(Uri service)
    {
        var client = new GraphQLWebSocketClient();
        var uri = new UriBuilder(new Uri(service, "graphql")) { Scheme = "ws" }.Uri;
        await client._socket.ConnectAsync(uri, CancellationToken.None);
        Assert.Equal("graphql-transport-ws", client._socket.SubProtocol);
        return client;
    }

    public Task SendAsync(object message) =>
        _socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    /// <summary>The next message as JSON; null when the server closed the socket. Fails after <paramref name="seconds"/>.</summary>
    public async Task<JsonElement?> ReceiveAsync(int seconds = 10)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var buffer = new byte[64 * 1024];
        var message = new MemoryStream();
        while (true)
        {
            var received = await _socket.ReceiveAsync(buffer, timeout.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, received.Count);
            if (received.EndOfMessage)
            {
                return JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray())).RootElement.Clone();
            }
        }
    }

    /// <summary>Sends connection_init (with <paramref name="payload"/>) and expects connection_ack.</summary>
    public async Task InitAsync(object? payload = null)
    {
        await SendAsync(new { type = "connection_init", payload });
        Assert.Equal("connection_ack", (await ReceiveAsync())?.GetProperty("type").GetString());
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        }

        _socket.Dispose();
    }
}
