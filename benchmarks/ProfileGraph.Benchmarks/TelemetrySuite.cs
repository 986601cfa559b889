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
        var off = Report(summary, TelemetryOverheadBenchmarks.Listening.None);
        var metrics = Report(summary, TelemetryOverheadBenchmarks.Listening.Metrics);
        var traces = Report(summary, TelemetryOverheadBenchmarks.Listening.MetricsAndTraces);
        var offMedian = off.ResultStatistics!.Median;
        var table = new StringBuilder()
            .AppendLine("## Telemetry")
            .AppendLine()
            .AppendLine($"Machine: {BenchmarkReport.Machine()}.")
            .AppendLine()
            .AppendLine("| `small-query.graphql`, cached request, JSON written | median | overhead | allocated |")
            .AppendLine("|---|---:|---:|---:|")
            .AppendLine(Row("no listener", off, offMedian))
            .AppendLine(Row("metrics read (the service without a trace exporter, `/metrics` on)", metrics, offMedian))
            .AppendLine(Row("metrics read and every span sampled (as with an OTLP endpoint)", traces, offMedian))
            .AppendLine()
            .AppendLine("Target: at most 10 % with telemetry on and no exporter listening (the second row: the service samples spans")
            .AppendLine("only when a trace exporter is configured). With every span sampled, the request and execute spans (and")
            .AppendLine("their AsyncLocal switches) cost the third row; parse and validate spans do not occur on a cached operation.")
            .AppendLine("Each case runs in its own process (BenchmarkDotNet), so one's listener does not touch another.");
        BenchmarkReport.WriteSection("telemetry", table.ToString());
    }

    private static BenchmarkDotNet.Reports.BenchmarkReport Report(BenchmarkDotNet.Reports.Summary summary, TelemetryOverheadBenchmarks.Listening listening) =>
        summary.Reports.Single(r => (TelemetryOverheadBenchmarks.Listening)r.BenchmarkCase.Parameters["Telemetry"]! == listening);

    private static string Row(string name, BenchmarkDotNet.Reports.BenchmarkReport report, double baseline)
    {
        var median = report.ResultStatistics!.Median;
        var overhead = median == baseline ? "–" : ((median / baseline - 1) * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";
        return $"| {name} | {BenchmarkReport.Microseconds(median)} | {overhead} | {BenchmarkReport.Bytes(report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase))} |";
    }
}
