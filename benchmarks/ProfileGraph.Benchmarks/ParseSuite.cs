using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace ProfileGraph.Benchmarks;

/// <summary>Parse speed beside graphql-js 16's <c>parse</c> (issue target: at least 3× graphql-js).</summary>
internal static class ParseSuite
{
    private static readonly string[] Documents = ["introspection.graphql", "large.graphql"];

    public static void Run(IConfig config)
    {
        var summary = BenchmarkRunner.Run<ParserBenchmarks>(config);
        var baseline = JavaScriptBaseline.Measure("parse", Documents);

        var table = new StringBuilder()
            .AppendLine("## Parse")
            .AppendLine()
            .AppendLine($"Machine: {BenchmarkReport.Machine()}; graphql-js {baseline.GraphqlVersion} on Node {baseline.Node}.")
            .AppendLine()
            .AppendLine("| Document | Lines | graphql-js `parse` | ProfileGraph, UTF-8 bytes | ratio | ProfileGraph, string | ratio | allocated (bytes path) |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var document in Documents)
        {
            var js = baseline.Results.Single(r => r.Document == document);
            var utf8 = summary.Reports.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == "ParseUtf8" && Is(r, document));
            var text = summary.Reports.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == "ParseString" && Is(r, document));
            // Medians: the shared machine's noise (other builds, GC pauses in Node) skews means upwards.
            var utf8Median = utf8.ResultStatistics!.Median;
            var textMedian = text.ResultStatistics!.Median;
            var lines = File.ReadAllLines(Repository.DocumentPath(document)).Length;
            table.AppendLine($"| `{document}` | {lines} | {BenchmarkReport.Microseconds(js.MedianNs)} | {BenchmarkReport.Microseconds(utf8Median)} "
                + $"| **{BenchmarkReport.Ratio(js.MedianNs / utf8Median)}** | {BenchmarkReport.Microseconds(textMedian)} | {BenchmarkReport.Ratio(js.MedianNs / textMedian)} "
                + $"| {BenchmarkReport.Bytes(utf8.GcStats.GetBytesAllocatedPerOperation(utf8.BenchmarkCase))} |");
        }

        table.AppendLine()
            .AppendLine("All times are medians, not means, since the shared machine's noise inflates means. Ratio = graphql-js")
            .AppendLine("median time / ProfileGraph median time (higher is faster). The UTF-8 path is what the HTTP endpoint uses;")
            .AppendLine("the string path first encodes the .NET string to UTF-8. graphql-js is timed by `benchmarks/js/measure.mjs`")
            .AppendLine("(2 s warm-up, median of 15 samples of 250 ms); .NET by BenchmarkDotNet (median of 15 iterations).");
        BenchmarkReport.WriteSection("parse", table.ToString());
    }

    private static bool Is(BenchmarkDotNet.Reports.BenchmarkReport report, string document) =>
        report.BenchmarkCase.Parameters["Document"] as string == document;
}
