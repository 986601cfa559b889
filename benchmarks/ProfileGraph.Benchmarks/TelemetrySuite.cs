using System.Globalization;
using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace ProfileGraph.Benchmarks;

/// <summary>The engine's telemetry on against off on the cached small query, in one run (issue target: at most 10 % overhead).</summary>
internal static class TelemetrySuite
{
    public static void Run(IConfig config)
    {
        var summary = BenchmarkRunner.Run<TelemetryOverheadBenchmarks>(config);
        var off = summary.Reports.Single(r => (bool)r.BenchmarkCase.Parameters["Telemetry"]! == false);
        var on = summary.Reports.Single(r => (bool)r.BenchmarkCase.Parameters["Telemetry"]! == true);
        var offMedian = off.ResultStatistics!.Median;
        var onMedian = on.ResultStatistics!.Median;
        var table = new StringBuilder()
            .AppendLine("## Telemetry")
            .AppendLine()
            .AppendLine($"Machine: {BenchmarkReport.Machine()}.")
            .AppendLine()
            .AppendLine("| `small-query.graphql`, cached request, JSON written | median | allocated |")
            .AppendLine("|---|---:|---:|")
            .AppendLine($"| telemetry off (no listener) | {BenchmarkReport.Microseconds(offMedian)} | {BenchmarkReport.Bytes(off.GcStats.GetBytesAllocatedPerOperation(off.BenchmarkCase))} |")
            .AppendLine($"| telemetry on (every span sampled, engine meters read, nothing exported) | {BenchmarkReport.Microseconds(onMedian)} | {BenchmarkReport.Bytes(on.GcStats.GetBytesAllocatedPerOperation(on.BenchmarkCase))} |")
            .AppendLine()
            .AppendLine($"Overhead: **{((onMedian / offMedian - 1) * 100).ToString("0.0", CultureInfo.InvariantCulture)} %** (target ≤ 10 %): the request span, the execute span and the")
            .AppendLine("request-duration histogram; parse and validate spans do not occur on a cached operation. Each case runs in")
            .AppendLine("its own process (BenchmarkDotNet), so the listener of one does not touch the other.");
        BenchmarkReport.WriteSection("telemetry", table.ToString());
    }
}
