using System.Globalization;
using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace ProfileGraph.Benchmarks;

/// <summary>The cost of cost analysis: the cached pipeline with and without it, measured in one run.</summary>
internal static class CostAnalysisSuite
{
    public static void Run(IConfig config)
    {
        var summary = BenchmarkRunner.Run<CostAnalysisBenchmarks>(config);
        var table = new StringBuilder()
            .AppendLine("## Cost analysis")
            .AppendLine()
            .AppendLine($"Machine: {BenchmarkReport.Machine()}.")
            .AppendLine()
            .AppendLine("| Document | request, cost analysis off | request, cost analysis on | overhead | allocated, off / on |")
            .AppendLine("|---|---:|---:|---:|---:|");
        foreach (var document in summary.Reports.Select(r => (string)r.BenchmarkCase.Parameters["Document"]).Distinct())
        {
            var off = Report(summary, document, nameof(CostAnalysisBenchmarks.WithoutCostAnalysis));
            var on = Report(summary, document, nameof(CostAnalysisBenchmarks.WithCostAnalysis));
            var overhead = (on.ResultStatistics!.Median / off.ResultStatistics!.Median) - 1;
            table.AppendLine($"| `{document}` | {BenchmarkReport.Microseconds(off.ResultStatistics.Median)} | {BenchmarkReport.Microseconds(on.ResultStatistics.Median)} "
                + $"| **{overhead.ToString("+0.0%;-0.0%", CultureInfo.InvariantCulture)}** "
                + $"| {BenchmarkReport.Bytes(off.GcStats.GetBytesAllocatedPerOperation(off.BenchmarkCase))} / {BenchmarkReport.Bytes(on.GcStats.GetBytesAllocatedPerOperation(on.BenchmarkCase))} |");
        }

        table.AppendLine()
            .AppendLine("The execute suite's cached request (schema `profile-schema.graphql`, the same root value and variables) through")
            .AppendLine("two executors of one schema, one with `ExecutionOptions.Cost.Enabled = false`: the difference is the cost step,")
            .AppendLine("which reads the cost compiled once per cached plan (target: at most 5% more time). Medians of BenchmarkDotNet;")
            .AppendLine("on a plan whose cost no variable sizes, the step reads one cached number, so a difference of a few percent")
            .AppendLine("either way is the machine's noise.");
        BenchmarkReport.WriteSection("cost", table.ToString());
    }

    private static BenchmarkDotNet.Reports.BenchmarkReport Report(BenchmarkDotNet.Reports.Summary summary, string document, string method) =>
        summary.Reports.Single(r => (string)r.BenchmarkCase.Parameters["Document"] == document && r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method);
}
