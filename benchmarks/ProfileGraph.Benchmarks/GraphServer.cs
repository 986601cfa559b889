using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ProfileGraph.Benchmarks;

/// <summary>One server of the graph suite, started on its loopback port, and a client that times queries against it.</summary>
internal sealed class GraphServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _client;

    private GraphServer(string name, WebApplication app, Uri address)
    {
        Name = name;
        _app = app;
        Address = address;
        _client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
    }

    public string Name { get; }

    /// <summary>"http://127.0.0.1:&lt;port&gt;/".</summary>
    public Uri Address { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<GraphServer> StartAsync(string name, WebApplication app)
    {
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new GraphServer(name, app, new Uri(address + "/"));
    }

    /// <summary>POSTs <paramref name="request"/> to <c>/graphql</c>: the time until the whole response was read, and the response.</summary>
    public async Task<(TimeSpan Elapsed, string Body)> PostAsync(object request)
    {
        var clock = Stopwatch.StartNew();
        using var response = await _client.PostAsJsonAsync("graphql", request).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        clock.Stop();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{Name} answered {(int)response.StatusCode}: {body}");
        }

        return (clock.Elapsed, body);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
