using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProfileGraph.Emulators;
using ProfileGraph.Emulators.Faults;
using ProfileGraph.Emulators.Hosting;
using ProfileGraph.Providers;
using ProfileGraph.Providers.Resilience;
using ProfileGraph.Server.Hosting;

namespace ProfileGraph.Benchmarks;

/// <summary>
/// The configuration of the graph suite's servers. All share a loopback port, quiet logs and the clients' rate
/// limits relaxed (Slack's always, GREEN-API's but on the paced server); everything else is the service's defaults.
/// </summary>
internal static class GraphSettings
{
    /// <summary>A permit count no run comes near: the limits stay in the pipelines but never make a call wait.</summary>
    public const int Unlimited = 1_000_000;

    public const int SimulatedRounds = 10_000;

    /// <summary>One provider API's latency profile in the emulators.</summary>
    public sealed record ApiLatency(EmulatedProvider Provider, string Api, double MedianMs, double P99Ms);

    public static readonly IReadOnlyList<ApiLatency> Latencies =
    [
        new(EmulatedProvider.Slack, "Slack Web API", 80, 600),
        new(EmulatedProvider.Telegram, "Infobip (Telegram)", 60, 300),
        new(EmulatedProvider.WhatsApp, "GREEN-API (WhatsApp)", 150, 1000),
        new(EmulatedProvider.Nandbox, "nandbox Bot API (WebSocket)", 40, 200),
    ];

    /// <summary>
    /// The service with its embedded emulators: log-normal latency, and no rate limits, which would pace the naive
    /// server for minutes; the profile cache off unless <paramref name="cache"/>.
    /// </summary>
    public static Dictionary<string, string?> Batched(bool cache = false)
    {
        var settings = Common(relaxWhatsApp: true);
        settings["Cache:Enabled"] = cache ? "true" : "false";
        foreach (var latency in Latencies)
        {
            var faults = $"Emulators:Faults:{latency.Provider}:";
            settings[faults + "RateLimits"] = "false";
            settings[faults + "Latency:Distribution"] = nameof(LatencyDistribution.LongTail);
            settings[faults + "Latency:MedianMs"] = latency.MedianMs.ToString(CultureInfo.InvariantCulture);
            settings[faults + "Latency:P99Ms"] = latency.P99Ms.ToString(CultureInfo.InvariantCulture);
        }

        return settings;
    }

    /// <summary>The naive server, at the batched service's emulators.</summary>
    public static Dictionary<string, string?> Naive(EmulatorHost emulators) => PointedAt(emulators, Common(relaxWhatsApp: true));

    /// <summary>The service again, at the batched service's emulators, with GREEN-API's published limits in its client.</summary>
    public static Dictionary<string, string?> Paced(EmulatorHost emulators) => PointedAt(emulators, Common(relaxWhatsApp: false));

    /// <summary>The clients' concurrency limits of a running server, such as "Slack 20, Telegram 20, ...".</summary>
    public static string ConcurrencyLimits(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptionsMonitor<ProviderResilienceOptions>>();
        return string.Join(", ", Enum.GetValues<Provider>().Select(p => $"{p} {options.Get(p.ToString()).MaxConcurrency}"));
    }

    /// <summary>
    /// The median over simulated rounds of the longest latency the emulators would draw for <paramref name="calls"/>
    /// made all at once: what a query that sends its calls in one round waits at the least.
    /// </summary>
    public static double MedianSlowestLatencyMs(ProviderCalls calls)
    {
        var random = new Random(20240611);
        var draws = ProviderCalls.Endpoints.Select((endpoint, i) => (Profile: ProfileOf(endpoint.Provider), Count: calls.Counts[i])).ToList();
        var slowest = Enumerable.Range(0, SimulatedRounds)
            .Select(_ => draws.SelectMany(d => Enumerable.Range(0, (int)d.Count).Select(_ => d.Profile.Sample(random).TotalMilliseconds)).DefaultIfEmpty(0).Max())
            .Order()
            .ToList();
        return slowest[SimulatedRounds / 2];
    }

    private static LatencyProfile ProfileOf(EmulatedProvider provider)
    {
        var latency = Latencies.Single(l => l.Provider == provider);
        return new LatencyProfile { Distribution = LatencyDistribution.LongTail, MedianMs = latency.MedianMs, P99Ms = latency.P99Ms };
    }

    private static Dictionary<string, string?> Common(bool relaxWhatsApp)
    {
        var settings = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",

            // Every round measures what the query costs the providers: the cache suite measures the cache.
            ["Cache:Enabled"] = "false",
            ["Clients:RequireKey"] = "false",
        };
        foreach (var limit in (string[])["users.profile.get", "users.info", "include_labels"])
        {
            settings[$"Providers:Slack:Resilience:RateLimits:{limit}:Permits"] = Permits;
        }

        foreach (var limit in relaxWhatsApp ? ["getContactInfo", "getAvatar"] : Array.Empty<string>())
        {
            settings[$"Providers:WhatsApp:Resilience:RateLimits:{limit}:Permits"] = Permits;
        }

        return settings;
    }

    /// <summary>Every provider at <paramref name="emulators"/> rather than at emulators of the server's own.</summary>
    private static Dictionary<string, string?> PointedAt(EmulatorHost emulators, Dictionary<string, string?> settings)
    {
        foreach (var (key, value) in EmbeddedEmulators.Settings(emulators.Urls, emulators.State.Options, Enum.GetValues<Provider>()))
        {
            settings[key] = value;
        }

        foreach (var provider in Enum.GetValues<Provider>())
        {
            settings[$"Providers:{provider}:UseEmulator"] = "false";
        }

        return settings;
    }

    private static string Permits => Unlimited.ToString(CultureInfo.InvariantCulture);
}
