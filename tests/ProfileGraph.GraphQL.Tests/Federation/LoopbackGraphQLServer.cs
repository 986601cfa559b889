using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Tests.Federation;

/// <summary>
/// A bare GraphQL-over-HTTP endpoint on a loopback port for outside clients (the Apollo gateway, graphql-tools
/// stitching): POST a JSON body with <c>query</c>, <c>variables</c> and <c>operationName</c>, get the response JSON.
/// Only for tests of the engine; the service's transport is ProfileGraph.GraphQL.AspNetCore. Records each query.
/// </summary>
internal sealed class LoopbackGraphQLServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly RequestExecutor _executor;
    private readonly IServiceProvider? _services;
    private readonly Task _loop;

    public LoopbackGraphQLServer(GraphQLSchema schema, IServiceProvider? services = null)
    {
        _executor = new RequestExecutor(schema);
        _services = services;
        var port = FreePort();
        Url = $"http://127.0.0.1:{port}/graphql";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(AcceptAsync);
    }

    public string Url { get; }

    /// <summary>The query text of every request, in arrival order.</summary>
    public ConcurrentQueue<string> Queries { get; } = new();

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
        {
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task AcceptAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        try
        {
            using var body = await JsonDocument.ParseAsync(context.Request.InputStream).ConfigureAwait(false);
            var root = body.RootElement;
            var query = root.GetProperty("query").GetString()!;
            Queries.Enqueue(query);
            var result = await _executor.ExecuteAsync(new ExecutionRequest
            {
                Query = query,
                OperationName = root.TryGetProperty("operationName", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null,
                Variables = root.TryGetProperty("variables", out var variables) && variables.ValueKind == JsonValueKind.Object
                    ? variables.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone())
                    : null,
                Services = _services,
            }).ConfigureAwait(false);
            var bytes = Encoding.UTF8.GetBytes(result.ToJson());
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            context.Response.StatusCode = 400;
        }
        finally
        {
            context.Response.Close();
        }
    }
}
