using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProfileGraph.Emulators;
using ProfileGraph.Emulators.Data;
using ProfileGraph.Emulators.Faults;
using ProfileGraph.Emulators.Hosting;
using ProfileGraph.Emulators.Observability;
using ProfileGraph.Server.Hosting;

namespace ProfileGraph.Server.Tests.Integration;

/// <summary>
/// The service as it runs by default, on a free loopback port, over real HTTP: its embedded emulators, seeded,
/// behind real provider clients. The emulators' own rate limits are off, and the clients' limits raised, so tests
/// do not wait on pacing; the provider clients' tests cover pacing. The profile cache is off unless a test turns it
/// on (<see cref="WithCache"/>): most tests count the provider calls each query shape makes.
/// </summary>
public sealed class ProfileGraphServer : IAsyncLifetime, IAsyncDisposable
{
    private readonly Dictionary<string, string?> _settings = new()
    {
        ["urls"] = "http://127.0.0.1:0",
        ["Providers:WhatsApp:Resilience:RateLimits:getContactInfo:Permits"] = "1000",
        ["Providers:Slack:Resilience:RateLimits:users.profile.get:Permits"] = "10000",
        ["Providers:Slack:Resilience:RateLimits:users.info:Permits"] = "10000",
        ["Cache:Enabled"] = "false",

        // The service runs as in Production, where keys are required; the clients' own tests require them.
        ["Clients:RequireKey"] = "false",
    };

    // Each server keeps its people in its own SQLite file, removed with it.
    private readonly string _peopleDirectory = Directory.CreateTempSubdirectory("profilegraph-people-").FullName;
    private readonly string[] _args;
    private readonly Action<WebApplicationBuilder>? _configure;
    private WebApplication? _app;

    public ProfileGraphServer()
        : this(null)
    {
    }

    /// <summary>
    /// The service with <paramref name="settings"/> over the tests' (a null value removes one), in <paramref name="environment"/>,
    /// and whatever <paramref name="configure"/> adds to its builder (an in-memory trace exporter, say).
    /// </summary>
    internal ProfileGraphServer(IReadOnlyDictionary<string, string?>? settings, string environment = "Production", Action<WebApplicationBuilder>? configure = null)
    {
        _args = ["--environment", environment];
        _configure = configure;
        foreach (var provider in Enum.GetValues<EmulatedProvider>())
        {
            _settings[$"Emulators:Faults:{provider}:RateLimits"] = "false";

            // Test-sized resilience: quick retries, a breaker that stays closed unless a test opens it, and timeouts
            // long enough that a busy machine never trips them (a retried call would change the counts tests check).
            var resilience = $"Providers:{provider}:Resilience:";
            _settings[resilience + "TotalTimeout"] = "00:00:10";
            _settings[resilience + "AttemptTimeout"] = "00:00:05";
            _settings[resilience + "Retry:BaseDelay"] = "00:00:00.020";
            _settings[resilience + "Retry:MaxDelay"] = "00:00:00.100";
            _settings[resilience + "CircuitBreaker:MinimumThroughput"] = "1000";
        }

        _settings["Providers:Nandbox:RequestTimeout"] = "00:00:05";
        _settings["People:SqlitePath"] = Path.Combine(_peopleDirectory, "people.db");

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                _settings.Remove(key);
            }
            else
            {
                _settings[key] = value;
            }
        }
    }

    public Uri Address { get; private set; } = null!;

    /// <summary>Every log entry the service wrote at Information or above.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>A server with the profile cache on, as the service runs by default, and <paramref name="settings"/>.</summary>
    public static ProfileGraphServer WithCache(IReadOnlyDictionary<string, string?>? settings = null) =>
        new(new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Cache:Enabled"] = "true" });

    public IServiceProvider Services => _app!.Services;

    public EmulatorHost Emulators => Services.GetRequiredService<EmulatorHost>();

    public EmulatorDataset Dataset => Emulators.State.Dataset;

    public EndpointCounterSnapshot Counter(EmulatedProvider provider, string endpoint) => Emulators.State.Counters.Get(provider, endpoint);

    /// <summary>Requests of every endpoint of every provider since the counters were last reset.</summary>
    public long TotalRequests() => Enum.GetValues<EmulatedProvider>()
        .Sum(provider => Emulators.State.Counters.Snapshot(provider).Values.Sum(counter => counter.Requests));

    public void Fault(EmulatedProvider provider, FaultProfile faults) => Emulators.State.SetFaults(provider, faults);

    public HttpClient CreateClient() => new() { BaseAddress = Address };

    /// <summary>The service's person store (its statistics count calls and SQL commands).</summary>
    public ProfileGraph.People.IPersonStore Store() => Services.GetRequiredService<ProfileGraph.People.IPersonStore>();

    /// <summary>POSTs a query (with a <c>Cache-Control</c> header and other <paramref name="headers"/> when given) and returns the response body.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null, string? cacheControl = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (cacheControl is not null)
        {
            request.Headers.TryAddWithoutValidation("Cache-Control", cacheControl);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await client.SendAsync(request);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }

    public async Task InitializeAsync()
    {
        _app = await ProfileGraphApp.CreateAsync(_args, _settings, builder =>
        {
            builder.Logging.AddProvider(Logs);
            _configure?.Invoke(builder);
        });
        await _app.StartAsync();
        Address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
    }

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_peopleDirectory, recursive: true);
    }
}
