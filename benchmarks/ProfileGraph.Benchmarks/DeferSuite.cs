using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Configs;

namespace ProfileGraph.Benchmarks;

/// <summary>
/// What <c>@defer</c> buys a card (issue 21): the built service, its emulators at the graph suite's realistic latency,
/// read as a web frontend reads it (fetch and meros, from <c>benchmarks/js/defer-latency.mjs</c>): the time to the
/// first multipart part and to the last, beside the same query read as one JSON result. BenchmarkDotNet has no part in it.
/// </summary>
internal static class DeferSuite
{
    private const int Rounds = 120;
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private sealed record LatencyRun(string Node, string Meros, int Rounds, double First, double Last, double Whole);

    public static void Run(IConfig config)
    {
        ChildProcess.BuildRelease("src", "ProfileGraph.Server");
        var script = Path.Combine(Repository.Root, "benchmarks", "js", "defer-latency.mjs");
        if (ChildProcess.Run("node", [script, Rounds.ToString(CultureInfo.InvariantCulture)], out var output) != 0)
        {
            throw new InvalidOperationException("the latency run failed");
        }

        var run = JsonSerializer.Deserialize<LatencyRun>(output, Json) ?? throw new InvalidOperationException("no latency output");
        Console.WriteLine($"first part {run.First:0} ms, last part {run.Last:0} ms, whole JSON {run.Whole:0} ms");
        var text = new StringBuilder()
            .AppendLine("## @defer: time to first part")
            .AppendLine()
            .AppendLine($"Machine: {BenchmarkReport.Machine()}; Node {run.Node} fetch with meros {run.Meros}.")
            .AppendLine()
            .AppendLine("| a card with its WhatsApp contact deferred | median | of the whole JSON result |")
            .AppendLine("|---|---:|---:|")
            .AppendLine($"| first part (Slack, Telegram) over multipart/mixed | {Ms(run.First)} | {BenchmarkReport.Ratio(run.First / run.Whole)} |")
            .AppendLine($"| last part (WhatsApp) | {Ms(run.Last)} | {BenchmarkReport.Ratio(run.Last / run.Whole)} |")
            .AppendLine($"| the same query as one JSON result (baseline) | {Ms(run.Whole)} | 1.0× |")
            .AppendLine()
            .AppendLine($"{run.Rounds} rounds in alternation after one warm-up each, a different person every request, the profile cache off, against")
            .AppendLine("the emulators' log-normal latency (Slack median 80 ms, Infobip 60 ms, GREEN-API 150 ms; p99 600, 300 and 1,000 ms).")
            .AppendLine("The first part waits for the slower of Slack and Infobip only; the whole result for the slowest of the three, and")
            .AppendLine("the deferred part, started with the others, for GREEN-API alone.");
        BenchmarkReport.WriteSection("defer", text.ToString());
    }

    private static string Ms(double value) => value.ToString("N0", CultureInfo.InvariantCulture) + " ms";
}
