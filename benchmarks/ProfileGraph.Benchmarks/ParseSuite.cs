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
            var utf8Mean = utf8.ResultStatistics!.Mean;
            var textMean = text.ResultStatistics!.Mean;
            var lines = File.ReadAllLines(Repository.DocumentPath(document)).Length;
            table.AppendLine($"| `{document}` | {lines} | {BenchmarkReport.Microseconds(js.MeanNs)} | {BenchmarkReport.Microseconds(utf8Mean)} "
                + $"| **{BenchmarkReport.Ratio(js.MeanNs / utf8Mean)}** | {BenchmarkReport.Microseconds(textMean)} | {BenchmarkReport.Ratio(js.MeanNs / textMean)} "
                + $"| {BenchmarkReport.Bytes(utf8.GcStats.GetBytesAllocatedPerOperation(utf8.BenchmarkCase))} |");
        }

        table.AppendLine()
            .AppendLine("Ratio = graphql-js mean time / ProfileGraph mean time (higher is faster). The UTF-8 path is what the")
            .AppendLine("HTTP endpoint uses; the string path first encodes the .NET string to UTF-8. graphql-js is timed by")
            .AppendLine("`benchmarks/js/measure.mjs` (2 s warm-up, 15 samples of 250 ms); .NET by BenchmarkDotNet.");
        BenchmarkReport.WriteSection("parse", table.ToString());
    }

    private static bool Is(BenchmarkDotNet.Reports.BenchmarkReport report, string document) =>
        report.BenchmarkCase.Parameters["Document"] as string == document;
}
