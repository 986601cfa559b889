using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Configs;

namespace ProfileGraph.Benchmarks;

/// <summary>
/// The HTTP endpoint under load beside a minimal ASP.NET Core endpoint writing the same bytes (issue target: at least
/// 0.8× its throughput). autocannon drives both in one run from <c>benchmarks/js/http-load.mjs</c>; BenchmarkDotNet
/// has no part in it, so the config is unused.
/// </summary>
internal static class HttpSuite
{
    private const int Rounds = 8;
    private const int Seconds = 6;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private sealed record Round(double RequestsPerSecond, double P99Ms);

    private sealed record Side(double RequestsPerSecond, double P99Ms, IReadOnlyList<Round> Rounds);

    private sealed record LoadRun(string Node, string Autocannon, int Connections, int Seconds, Side Graphql, Side Baseline, double Ratio);

    public static void Run(IConfig config)
    {
        ChildProcess.BuildRelease("tests", "ProfileGraph.GraphQL.AspNetCore.TestHost");
        var run = Measure();
        var table = new StringBuilder()
            .AppendLine("## HTTP")
            .AppendLine()
            .AppendLine($"Machine: {BenchmarkReport.Machine()}; autocannon {run.Autocannon} on Node {run.Node}.")
            .AppendLine()
            .AppendLine("| Endpoint | requests/s | p99 latency |")
            .AppendLine("|---|---:|---:|")
            .AppendLine($"| `POST /graphql` `{{ hello }}` (ProfileGraph: negotiation, body read, document and plan caches, execution, JSON written) | {Rate(run.Graphql)} | {Latency(run.Graphql)} |")
            .AppendLine($"| `POST /baseline` (the same response bytes written by a bare endpoint) | {Rate(run.Baseline)} | {Latency(run.Baseline)} |")
            .AppendLine()
            .AppendLine($"Throughput of `/graphql` over `/baseline`: **{run.Ratio.ToString("0.00", CultureInfo.InvariantCulture)}×** (target ≥ 0.8×), the median of the rounds' ratios.")
            .AppendLine()
            .AppendLine("Rounds, requests/s of `/graphql` against `/baseline` in the same round: "
                + string.Join(", ", run.Graphql.Rounds.Zip(run.Baseline.Rounds, (g, b) => $"{Rate(g.RequestsPerSecond)} / {Rate(b.RequestsPerSecond)}")) + ".")
            .AppendLine()
            .AppendLine("Both endpoints live in one process, the transport test host (`tests/ProfileGraph.GraphQL.AspNetCore.TestHost`,")
            .AppendLine("Release, Kestrel on 127.0.0.1), and are loaded alike: POST `{\"query\":\"{ hello }\"}` with")
            .AppendLine($"`Accept: application/graphql-response+json`, {run.Connections} connections, after a 5 s warm-up of each;")
            .AppendLine($"{Rounds} rounds of {run.Seconds} s per side in alternating order (A B B A ...), so both share whatever else the")
            .AppendLine("machine runs. Each figure is the median over the rounds of autocannon's mean requests/s and p99 latency (whole")
            .AppendLine("milliseconds); the two sides of a round run back to back, so the ratio is taken per round.")
            .AppendLine("autocannon runs on the same 2 cores as the server, so absolute numbers understate the server; the ratio is")
            .AppendLine("the measure.");
        BenchmarkReport.WriteSection("http", table.ToString());
    }

    private static string Rate(Side side) => Rate(side.RequestsPerSecond);

    private static string Rate(double requestsPerSecond) => requestsPerSecond.ToString("N0", CultureInfo.InvariantCulture);

    private static string Latency(Side side) => side.P99Ms.ToString("0.#", CultureInfo.InvariantCulture) + " ms";

    private static LoadRun Measure()
    {
        var script = Path.Combine(Repository.Root, "benchmarks", "js", "http-load.mjs");
        var exitCode = ChildProcess.Run("node", [script, Rounds.ToString(CultureInfo.InvariantCulture), Seconds.ToString(CultureInfo.InvariantCulture)], out var output);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"the load run failed with exit code {exitCode}");
        }

        return JsonSerializer.Deserialize<LoadRun>(output, Json)
            ?? throw new InvalidOperationException("no load output");
    }
}
