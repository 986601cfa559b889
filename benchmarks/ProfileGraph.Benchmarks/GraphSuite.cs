using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.DependencyInjection;
using ProfileGraph.Benchmarks.Naive;
using ProfileGraph.Emulators;
using ProfileGraph.Emulators.Hosting;
using ProfileGraph.Emulators.Observability;
using ProfileGraph.Server.Hosting;

namespace ProfileGraph.Benchmarks;

/// <summary>
/// The profile graph against its emulators with realistic latency (issue 8): the 100-user mixed query's provider
/// calls and wall time, served by the service and by a naive one-call-per-field implementation of the same SDL in
/// the same run, after checking that both answer the same data. BenchmarkDotNet has no part in it: the times are
/// provider latency, hundreds of milliseconds, so the config is unused.
/// </summary>
internal static class GraphSuite
{
    private const int Rounds = 20;
    private const int PacedRounds = 3;
    private const int WarmUpRounds = 3;

    // Longer than GREEN-API's 1 s window with the client's 100 ms margin.
    private static readonly TimeSpan PacedPause = TimeSpan.FromSeconds(1.5);

    private sealed record Round(double Milliseconds, ProviderCalls Calls);

    public static void Run(IConfig config) => RunAsync().GetAwaiter().GetResult();

    private static async Task RunAsync()
    {
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
        await using var batched = await GraphServer.StartAsync("ProfileGraph", await ProfileGraphApp.CreateAsync([], GraphSettings.Batched()));
        var emulators = batched.Services.GetRequiredService<EmulatorHost>();
        await using var naive = await GraphServer.StartAsync("naive", NaiveProfileGraph.Create(GraphSettings.Naive(emulators)));
        await using var paced = await GraphServer.StartAsync("ProfileGraph, GREEN-API paced", await ProfileGraphApp.CreateAsync([], GraphSettings.Paced(emulators)));

        // An honest comparison needs the same answers from the same client set-up: checked before anything is timed.
        var query = MixedUsersQuery.Create(emulators.State.Dataset);
        var expected = await DataOfAsync(batched, query);
        AssertSame(expected, await DataOfAsync(naive, query), naive.Name);
        AssertSame(expected, await DataOfAsync(paced, query), paced.Name);
        var concurrency = GraphSettings.ConcurrencyLimits(batched.Services);
        if (GraphSettings.ConcurrencyLimits(naive.Services) != concurrency)
        {
            throw new InvalidOperationException($"The naive server's clients differ: {GraphSettings.ConcurrencyLimits(naive.Services)} against {concurrency}.");
        }

        var counters = emulators.State.Counters;
        for (var i = 0; i < WarmUpRounds; i++)
        {
            await RoundAsync(batched, query, counters);
            await RoundAsync(naive, query, counters);
        }

        // Alternating A B B A ..., so both servers share whatever else the machine runs.
        var batchedRounds = new List<Round>();
        var naiveRounds = new List<Round>();
        var sides = new[] { (batched, batchedRounds), (naive, naiveRounds) };
        for (var i = 0; i < Rounds; i++)
        {
            for (var j = 0; j < sides.Length; j++)
            {
                var (server, rounds) = sides[(i + j) % sides.Length];
                rounds.Add(await RoundAsync(server, query, counters));
            }
        }

        // The paced server meets GREEN-API's published limits on the emulator's side too.
        emulators.State.SetFaults(EmulatedProvider.WhatsApp, emulators.State.GetFaults(EmulatedProvider.WhatsApp) with { RateLimits = true });
        var pacedRounds = new List<Round>();
        for (var i = 0; i < PacedRounds; i++)
        {
            // A query that finds GREEN-API's window free, as at an idle server, rather than queued behind the last one.
            await Task.Delay(PacedPause);
            pacedRounds.Add(await RoundAsync(paced, query, counters));
        }

        BenchmarkReport.WriteSection("graph", Report(load, concurrency, query, batchedRounds, naiveRounds, pacedRounds));
    }

    private static async Task<Round> RoundAsync(GraphServer server, MixedUsersQuery query, EmulatorCounters counters)
    {
        counters.Reset();
        var (elapsed, body) = await server.PostAsync(query.Request);
        UsersOf(server, body, query);
        var round = new Round(elapsed.TotalMilliseconds, ProviderCalls.Read(counters));
        Console.WriteLine($"{server.Name}: {round.Milliseconds:0} ms, {round.Calls.Total} provider calls");
        return round;
    }

    /// <summary>The users of an answer, with the server's own address (in nandbox photo URLs) made neutral.</summary>
    private static async Task<JsonArray> DataOfAsync(GraphServer server, MixedUsersQuery query)
    {
        var (_, body) = await server.PostAsync(query.Request);
        return UsersOf(server, body.Replace(server.Address.AbsoluteUri, "http://service/", StringComparison.Ordinal), query);
    }

    /// <summary>The users of a complete answer: one per ref and no errors, else the run stops.</summary>
    private static JsonArray UsersOf(GraphServer server, string body, MixedUsersQuery query)
    {
        var answer = JsonNode.Parse(body)!;
        return answer["errors"] is null && answer["data"]?["users"] is JsonArray users && users.Count == query.Refs.Count && users.All(u => u is JsonObject)
            ? users
            : throw new InvalidOperationException($"{server.Name} did not answer every user: {body[..Math.Min(body.Length, 2000)]}");
    }

    private static void AssertSame(JsonArray expected, JsonArray actual, string name)
    {
        for (var i = 0; i < expected.Count; i++)
        {
            if (!JsonNode.DeepEquals(expected[i], actual[i]))
            {
                throw new InvalidOperationException($"{name} answers user {i} differently.\nProfileGraph: {expected[i]!.ToJsonString()}\n{name}: {actual[i]!.ToJsonString()}");
            }
        }
    }

    private static string Report(string load, string concurrency, MixedUsersQuery query, List<Round> batched, List<Round> naive, List<Round> paced)
    {
        var timeRatio = MedianOf(naive.Select(r => r.Milliseconds)) / MedianOf(batched.Select(r => r.Milliseconds));
        var callRatio = MedianOf(naive.Select(r => (double)r.Calls.Total)) / MedianOf(batched.Select(r => (double)r.Calls.Total));
        var text = new StringBuilder()
            .AppendLine("## Profile graph")
            .AppendLine()
            .AppendLine($"Machine: {BenchmarkReport.Machine()}; load average {load} when the run began.")
            .AppendLine()
            .AppendLine("| Server | provider calls per query | wall time, median | p95 |")
            .AppendLine("|---|---:|---:|---:|")
            .AppendLine($"| ProfileGraph (look-ahead, a DataLoader per provider) | {Calls(batched, c => c.Total)} | {Median(batched)} | {P95(batched)} |")
            .AppendLine($"| Naive (each field calls its provider for its own user) | {Calls(naive, c => c.Total)} | {Median(naive)} | {P95(naive)} |")
            .AppendLine($"| ProfileGraph, GREEN-API client at its published 1 `getContactInfo`/s ({PacedRounds} rounds) | {Calls(paced, c => c.Total)} | {Median(paced)} | {P95(paced)} |")
            .AppendLine()
            .AppendLine($"The naive server takes **{BenchmarkReport.Ratio(timeRatio)}** the wall time of ProfileGraph (median over median) and makes "
                + $"**{BenchmarkReport.Ratio(callRatio)}** the provider calls.")
            .AppendLine()
            .AppendLine("| Provider calls per query | ProfileGraph | Naive |")
            .AppendLine("|---|---:|---:|");
        for (var i = 0; i < ProviderCalls.Endpoints.Count; i++)
        {
            var endpoint = i;
            text.AppendLine($"| {ProviderCalls.Endpoints[i].Label} | {Calls(batched, c => c.Counts[endpoint])} | {Calls(naive, c => c.Counts[endpoint])} |");
        }

        text.AppendLine($"| **all** | **{Calls(batched, c => c.Total)}** | **{Calls(naive, c => c.Total)}** |")
            .AppendLine()
            .AppendLine($"The query, `benchmarks/ProfileGraph.Benchmarks/Documents/{MixedUsersQuery.DocumentName}`, asks for")
            .AppendLine($"{query.Describe()}: the distinct")
            .AppendLine("users interleaved by provider, then every third of them again. It selects the normalized fields, the avatar and")
            .AppendLine("a few fields of each provider's extension:")
            .AppendLine()
            .AppendLine("```graphql")
            .AppendLine(query.Document.TrimEnd())
            .AppendLine("```")
            .AppendLine()
            .AppendLine("Emulator latency, log-normal, drawn for each request (`Emulators:Faults:<Provider>:Latency`):")
            .AppendLine();
        foreach (var latency in GraphSettings.Latencies)
        {
            text.AppendLine($"- {latency.Api}: median {latency.MedianMs:0} ms, p99 {latency.P99Ms:0} ms");
        }

        text.AppendLine()
            .AppendLine("Both servers run in this process on 127.0.0.1 and answer `POST /graphql`. ProfileGraph is the service as")
            .AppendLine("`ProfileGraphApp` composes it, with its embedded emulators. The naive server binds the same SDL file")
            .AppendLine("schema-first to the resolvers in `benchmarks/ProfileGraph.Benchmarks/Naive`, with the same provider clients")
            .AppendLine("and resilience pipelines from the same settings, pointed at the same emulators. Each of its fields that needs")
            .AppendLine("provider data calls the provider for its own user, every time: `displayName` calls `users.profile.get`,")
            .AppendLine("`email` calls it again, `slack { timeZone }` calls `users.info`, a WhatsApp `avatar` calls `getAvatar`, and so")
            .AppendLine("on, with no DataLoader, no de-duplication and no look-ahead; a field the user's provider never fills is null")
            .AppendLine("without a call. It maps answers with the service's own data classes, and its answer is checked to equal")
            .AppendLine("ProfileGraph's (photo URLs up to each server's address) before anything is timed.")
            .AppendLine()
            .AppendLine("ProfileGraph sends its calls together, one round per provider (Infobip: one list call), so it waits about as")
            .AppendLine("long as its slowest call: the longest of the latencies drawn for its calls has a median of "
                + $"{Milliseconds(GraphSettings.MedianSlowestLatencyMs(batched[0].Calls))}")
            .AppendLine($"({Number(GraphSettings.SimulatedRounds)} rounds simulated from the same profiles), and Infobip's list of 10,000 users takes a while")
            .AppendLine("to send and read besides. The naive server's calls wait their turn under the clients' concurrency limits")
            .AppendLine($"({concurrency} calls in flight), which both servers keep at the")
            .AppendLine("service's defaults, as they do timeouts and retries.")
            .AppendLine()
            .AppendLine("Rate limits: at GREEN-API's published 1 `getContactInfo`/s, the naive server's "
                + $"{Calls(naive, c => c.Of(EmulatedEndpoints.WhatsAppGetContactInfo))} `getContactInfo` calls")
            .AppendLine("alone would take about as many seconds per query, so both servers run with the emulators' rate limits off and")
            .AppendLine($"the clients' (Slack, GREEN-API) raised to {Number(GraphSettings.Unlimited)} permits per window. The paced row is")
            .AppendLine("ProfileGraph alone with its GREEN-API client at the published limits (1 `getContactInfo` and 10 `getAvatar`")
            .AppendLine($"per second), each round after a {PacedPause.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s pause so that it finds the window free, and")
            .AppendLine("with the emulator's GREEN-API limits on: a call refused there would show as a retry in its call count.")
            .AppendLine()
            .AppendLine($"Wall time is the client's, from sending the request to reading the whole response, over {Rounds} rounds per")
            .AppendLine($"server in alternating order (A B B A ...) after {WarmUpRounds} warm-up rounds each; p95 is the nearest rank.")
            .AppendLine("Provider calls are the emulators' request counters, reset before each round; every round made the same calls")
            .AppendLine("unless a range is shown.");
        return text.ToString();
    }

    /// <summary>A count over the rounds: one number when every round made the same calls, else the range.</summary>
    private static string Calls(List<Round> rounds, Func<ProviderCalls, long> count) => BenchmarkReport.Range(rounds.Select(r => count(r.Calls)));

    private static string Number(long value) => BenchmarkReport.Number(value);

    private static string Median(List<Round> rounds) => Milliseconds(MedianOf(rounds.Select(r => r.Milliseconds)));

    private static string P95(List<Round> rounds)
    {
        var sorted = rounds.Select(r => r.Milliseconds).Order().ToList();
        return Milliseconds(sorted[(int)Math.Ceiling(0.95 * sorted.Count) - 1]);
    }

    private static double MedianOf(IEnumerable<double> values) => BenchmarkReport.Median(values);

    private static string Milliseconds(double value) => value.ToString("N0", CultureInfo.InvariantCulture) + " ms";
}
