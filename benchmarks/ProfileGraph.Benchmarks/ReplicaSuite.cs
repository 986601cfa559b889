using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Configs;

namespace ProfileGraph.Benchmarks;

/// <summary>
/// Scale-out (issue 18), in one run: the hot cached query on one replica without Redis against two replicas sharing a
/// redis-server, driven by autocannon from <c>benchmarks/js/replicas-load.mjs</c>. BenchmarkDotNet has no part in it.
/// </summary>
internal static class ReplicaSuite
{
    private const int Rounds = 5;
    private const int Seconds = 5;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private sealed record LoadRun(
        string Node, string Autocannon, int Connections, int Seconds, string Query,
        double One, double OneOnRedis, double Two, IReadOnlyList<double> OneRounds, IReadOnlyList<double> OneOnRedisRounds, IReadOnlyList<double> TwoRounds,
        IReadOnlyList<string> Answers, double Ratio, double RedisRatio);

    public static void Run(IConfig config)
    {
        ChildProcess.BuildRelease("src", "ProfileGraph.Server");
        ChildProcess.BuildRelease("src", "ProfileGraph.Emulators");
        var script = Path.Combine(Repository.Root, "benchmarks", "js", "replicas-load.mjs");
        if (ChildProcess.Run("node", [script, Number(Rounds), Number(Seconds)], out var output) != 0)
        {
            throw new InvalidOperationException("the load run failed");
        }

        var load = JsonSerializer.Deserialize<LoadRun>(output, Json) ?? throw new InvalidOperationException("no load output");
        BenchmarkReport.WriteSection("replicas", Report(load));
    }

    private static string Report(LoadRun load) => new StringBuilder()
        .AppendLine("## Replicas on Redis")
        .AppendLine()
        .AppendLine($"Machine: {BenchmarkReport.Machine()}; autocannon {load.Autocannon} on Node {load.Node}.")
        .AppendLine()
        .AppendLine($"The hot single-user query, `{load.Query}`, under load ({load.Connections} connections in all):")
        .AppendLine()
        .AppendLine("| Topology | requests/s (median of rounds) | rounds | answers |")
        .AppendLine("|---|---:|---|---|")
        .AppendLine($"| 1 replica, no Redis (in-process cache, limits, quotas) | {Rate(load.One)} | {RoundRates(load.OneRounds)} | {load.Answers[0]} |")
        .AppendLine($"| 1 replica on a redis-server (one of the two below, loaded alone) | {Rate(load.OneOnRedis)} | {RoundRates(load.OneOnRedisRounds)} | {load.Answers[1]} |")
        .AppendLine($"| 2 replicas sharing a redis-server (both loaded at once, summed) | {Rate(load.Two)} | {RoundRates(load.TwoRounds)} | {load.Answers[1]}; {load.Answers[2]} |")
        .AppendLine()
        .AppendLine($"Two replicas on Redis over one alone: **{load.Ratio.ToString("0.00", CultureInfo.InvariantCulture)}×**; one replica on Redis over one alone: **{load.RedisRatio.ToString("0.00", CultureInfo.InvariantCulture)}×** (medians of the rounds' ratios).")
        .AppendLine()
        .AppendLine("Each service is the built `ProfileGraph.Server` (Release, Production, logs at Warning) pointed at one standalone")
        .AppendLine("emulator host (`Emulators:Url`); anonymous callers with quotas the load cannot reach, so each request is counted")
        .AppendLine("and none is refused. The profile is served from each replica's memory on both sides; with Redis, each request")
        .AppendLine("also counts against the caller's two quotas in Redis (requests and cost: two round trips). All three services, the emulator host, the")
        .AppendLine("redis-server and autocannon share the machine's 2 cores, so two replicas cannot scale here: the row shows what")
        .AppendLine($"sharing state through Redis costs. A 3 s warm-up of each side, then {Rounds} rounds of {load.Seconds} s per side in alternating order.")
        .ToString();

    private static string Rate(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string RoundRates(IReadOnlyList<double> rounds) => string.Join(", ", rounds.Select(Rate));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
