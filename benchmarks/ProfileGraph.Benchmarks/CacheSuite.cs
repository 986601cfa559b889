using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.DependencyInjection;
using ProfileGraph.Emulators.Hosting;
using ProfileGraph.Server.Hosting;

namespace ProfileGraph.Benchmarks;

/// <summary>
/// The profile cache (issue 15), in one run: the hot single-user query under load with the cache on and off, beside
/// <c>{ __typename }</c> on the same service (target: cache on at least 0.5× its throughput), driven by autocannon
/// from <c>benchmarks/js/cache-load.mjs</c>; and the graph suite's 100-user mixed query against emulators with
/// realistic latency, cold and then warm, with its provider calls. BenchmarkDotNet has no part in it.
/// </summary>
internal static class CacheSuite
{
    private const int LoadRounds = 5;
    private const int LoadSeconds = 5;
    private const int WarmRounds = 20;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private sealed record LoadRound(double RequestsPerSecond, double P99Ms, string Answer);

    private sealed record LoadSide(double RequestsPerSecond, double P99Ms, IReadOnlyList<LoadRound> Rounds);

    private sealed record LoadRun(
        string Node, string Autocannon, int Connections, int Seconds, string Query,
        LoadSide Cached, LoadSide Typename, LoadSide Uncached, LoadSide UncachedUnlimited,
        long CachedSlackCalls, long UncachedSlackCalls, double Ratio);

    private sealed record Round(double Milliseconds, ProviderCalls Calls);

    public static void Run(IConfig config) => RunAsync().GetAwaiter().GetResult();

    private static async Task RunAsync()
    {
        ChildProcess.BuildRelease("src", "ProfileGraph.Server");
        var script = Path.Combine(Repository.Root, "benchmarks", "js", "cache-load.mjs");
        if (ChildProcess.Run("node", [script, Number(LoadRounds), Number(LoadSeconds)], out var output) != 0)
        {
            throw new InvalidOperationException("the load run failed");
        }

        var load = JsonSerializer.Deserialize<LoadRun>(output, Json) ?? throw new InvalidOperationException("no load output");
        var (cold, warm, uncached) = await MixedQueryAsync();
        BenchmarkReport.WriteSection("cache", Report(load, cold, warm, uncached));
    }

    /// <summary>The mixed query on a cold cache, then warm; and without the cache, in the same run.</summary>
    private static async Task<(Round Cold, List<Round> Warm, List<Round> Uncached)> MixedQueryAsync()
    {
        await using var cached = await GraphServer.StartAsync("cached", await ProfileGraphApp.CreateAsync([], GraphSettings.Batched(cache: true)));
        await using var uncached = await GraphServer.StartAsync("uncached", await ProfileGraphApp.CreateAsync([], GraphSettings.Batched()));
        var query = MixedUsersQuery.Create(cached.Services.GetRequiredService<EmulatorHost>().State.Dataset);
        var cold = await RoundAsync(cached, query);
        var warm = new List<Round>();
        var without = new List<Round>();
        for (var i = 0; i < WarmRounds; i++)
        {
            warm.Add(await RoundAsync(cached, query));
            without.Add(await RoundAsync(uncached, query));
        }

        return (cold, warm, without);
    }

    private static async Task<Round> RoundAsync(GraphServer server, MixedUsersQuery query)
    {
        var counters = server.Services.GetRequiredService<EmulatorHost>().State.Counters;
        counters.Reset();
        var (elapsed, body) = await server.PostAsync(query.Request);
        var answer = JsonNode.Parse(body)!;
        if (answer["errors"] is not null || answer["data"]?["users"] is not JsonArray { Count: var count } || count != query.Refs.Count)
        {
            throw new InvalidOperationException($"{server.Name} did not answer every user: {body[..Math.Min(body.Length, 2000)]}");
        }

        var round = new Round(elapsed.TotalMilliseconds, ProviderCalls.Read(counters));
        Console.WriteLine($"{server.Name}: {round.Milliseconds:0.0} ms, {round.Calls.Total} provider calls");
        return round;
    }

    private static string Report(LoadRun load, Round cold, List<Round> warm, List<Round> uncached)
    {
        var warmMedian = BenchmarkReport.Median(warm.Select(r => r.Milliseconds));
        var uncachedMedian = BenchmarkReport.Median(uncached.Select(r => r.Milliseconds));
        return new StringBuilder()
            .AppendLine("## Profile cache")
            .AppendLine()
            .AppendLine($"Machine: {BenchmarkReport.Machine()}; autocannon {load.Autocannon} on Node {load.Node}.")
            .AppendLine()
            .AppendLine($"The hot single-user query, `{load.Query}`, under load:")
            .AppendLine()
            .AppendLine("| Service | requests/s | p99 latency | answers | Slack calls in the run |")
            .AppendLine("|---|---:|---:|---|---:|")
            .AppendLine($"| cache on (as it ships) | {Rate(load.Cached)} | {Latency(load.Cached)} | {Answers(load.Cached)} | {Number(load.CachedSlackCalls)} |")
            .AppendLine($"| `{{ __typename }}` on the same service (no provider) | {Rate(load.Typename)} | {Latency(load.Typename)} | {Answers(load.Typename)} | – |")
            .AppendLine($"| cache off, Slack's published limits | {Rate(load.Uncached)} | {Latency(load.Uncached)} | {Answers(load.Uncached)} | {Number(load.UncachedSlackCalls)} |")
            .AppendLine($"| cache off, Slack's limits lifted (a call to the emulator per request) | {Rate(load.UncachedUnlimited)} | {Latency(load.UncachedUnlimited)} | {Answers(load.UncachedUnlimited)} | – |")
            .AppendLine()
            .AppendLine($"Cache on over `{{ __typename }}`: **{load.Ratio.ToString("0.00", CultureInfo.InvariantCulture)}×** (target ≥ 0.5×), the median of the rounds' ratios.")
            .AppendLine()
            .AppendLine("Each service is the built `ProfileGraph.Server` (Release, Production, logs at Warning) with its embedded emulators")
            .AppendLine("at their defaults, so the providers' published rate limits hold (Slack Tier 4: 100 `users.profile.get` a")
            .AppendLine("minute) on both sides of the client; the last row lifts Slack's limits in the emulator and the client to show")
            .AppendLine($"what a provider call per request costs without them. autocannon: {load.Connections} connections, POST with")
            .AppendLine($"`Accept: application/graphql-response+json`, a 3 s warm-up of each side, then {LoadRounds} rounds of {load.Seconds} s per side in")
            .AppendLine("alternating order; each figure is the median over the rounds, and \"answers\" is what one request got after each")
            .AppendLine("round (`data`, or its error codes). autocannon shares the 2 cores with the services.")
            .AppendLine()
            .AppendLine("Without the cache, at Slack's published limits, the service may call `users.profile.get` 100 times a minute:")
            .AppendLine("once that is spent, requests wait in the client's queue for the next window and most end in `PROVIDER_TIMEOUT`,")
            .AppendLine("so hardly any complete within a round. With the cache, one call serves every request of the run.")
            .AppendLine()
            .AppendLine("The graph suite's 100-user mixed query (75 distinct users across the four providers), against emulators with")
            .AppendLine("the graph suite's realistic latency, on one service with the cache and one without, in the same run:")
            .AppendLine()
            .AppendLine("| Mixed query | provider calls | wall time |")
            .AppendLine("|---|---:|---:|")
            .AppendLine($"| cache on, cold (first query) | {Number(cold.Calls.Total)} | {Milliseconds(cold.Milliseconds)} |")
            .AppendLine($"| cache on, warm (median of {WarmRounds}) | {Calls(warm)} | {Milliseconds(warmMedian)} |")
            .AppendLine($"| cache off (median of {WarmRounds}) | {Calls(uncached)} | {Milliseconds(uncachedMedian)} |")
            .AppendLine()
            .AppendLine($"Warm, the query is **{BenchmarkReport.Ratio(uncachedMedian / warmMedian)}** faster than without the cache (median over median)")
            .AppendLine("and calls no provider: every answer comes from the in-memory cache.")
            .ToString();
    }

    private static string Calls(List<Round> rounds) => BenchmarkReport.Range(rounds.Select(r => r.Calls.Total));

    private static string Rate(LoadSide side) => side.RequestsPerSecond.ToString("N0", CultureInfo.InvariantCulture);

    private static string Latency(LoadSide side) => side.P99Ms.ToString("0.#", CultureInfo.InvariantCulture) + " ms";

    private static string Answers(LoadSide side) => string.Join("; ", side.Rounds.Select(r => r.Answer).Distinct());

    private static string Milliseconds(double milliseconds) => milliseconds.ToString(milliseconds < 10 ? "0.0" : "N0", CultureInfo.InvariantCulture) + " ms";

    private static string Number(long value) => BenchmarkReport.Number(value);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
