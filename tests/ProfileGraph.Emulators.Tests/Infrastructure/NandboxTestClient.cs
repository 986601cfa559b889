using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace ProfileGraph.Emulators.Tests.Infrastructure;

/// <summary>A raw nandbox bot socket for tests: send JSON frames, read JSON frames.</summary>
public sealed class NandboxTestClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();

    private NandboxTestClient()
    {
    }

    public WebSocketState State => _socket.State;

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public static async Task<NandboxTestClient> ConnectAsync(Uri uri)
    {
        var client = new NandboxTestClient();
        await client._socket.ConnectAsync(uri, CancellationToken.None);
        return client;
    }

    /// <summary>Connects and authenticates, checking the TOKEN_AUTH_OK answer.</summary>
    public static async Task<NandboxTestClient> AuthenticatedAsync(Uri uri, string token)
    {
        var client = await ConnectAsync(uri);
        await client.SendAsync(new { method = "TOKEN_AUTH", rem = true, token });
        var answer = await client.ReceiveAsync();
        Assert.Equal("TOKEN_AUTH_OK", answer!.Value.GetProperty("method").GetString());
        return client;
    }

    public Task SendAsync(object frame) => SendTextAsync(JsonSerializer.Serialize(frame));

    public Task SendTextAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    /// <summary>The next frame, or null once the server closed the socket.</summary>
    public async Task<JsonElement?> ReceiveAsync(TimeSpan? timeout = null)
    {
        using var cancellation = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        using var message = new MemoryStream();
        var buffer = new byte[16384];
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, cancellation.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                using var document = JsonDocument.Parse(message.ToArray());
                return document.RootElement.Clone();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, cancellation.Token);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
                // Already going away.
            }
        }

        _socket.Dispose();
    }
}
