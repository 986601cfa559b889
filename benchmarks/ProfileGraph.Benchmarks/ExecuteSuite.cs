using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using ProfileGraph.GraphQL.Execution;

namespace ProfileGraph.Benchmarks;

/// <summary>
/// Execution speed beside graphql-js 16's <c>execute</c> (issue targets: a small query on a cached operation at
/// least 3× graphql-js; the full introspection query in at most 250 µs).
/// </summary>
internal static class ExecuteSuite
{
    private static readonly string[] Documents = ["small-query.graphql", "introspection.graphql"];

    public static void Run(IConfig config)
    {
        AssertSucceeds();
        var summary = BenchmarkRunner.Run<ExecutorBenchmarks>(config);
        var baseline = JavaScriptBaseline.Measure("execute", [ValidatorBenchmarks.SchemaDocument, ExecutorBenchmarks.RootValueDocument, .. Documents]);

        var table = new StringBuilder()
            .AppendLine("## Execute")
            .AppendLine()
            .AppendLine($"Machine: {BenchmarkReport.Machine()}; graphql-js {baseline.GraphqlVersion} on Node {baseline.Node}.")
            .AppendLine()
            .AppendLine("| Document | graphql-js `execute` | ProfileGraph request, cached operation | ratio | allocated | with JSON response written |")
            .AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var document in Documents)
        {
            var js = baseline.Results.Single(r => r.Document == document);
            var execute = Report(summary, document, nameof(ExecutorBenchmarks.Execute));
            var written = Report(summary, document, nameof(ExecutorBenchmarks.ExecuteAndWriteJson));
            var median = execute.ResultStatistics!.Median;
            table.AppendLine($"| `{document}` | {BenchmarkReport.Microseconds(js.MedianNs)} | {BenchmarkReport.Microseconds(median)} "
                + $"| **{BenchmarkReport.Ratio(js.MedianNs / median)}** | {BenchmarkReport.Bytes(execute.GcStats.GetBytesAllocatedPerOperation(execute.BenchmarkCase))} "
                + $"| {BenchmarkReport.Microseconds(written.ResultStatistics!.Median)} |");
        }

        table.AppendLine()
            .AppendLine($"Schema `{ValidatorBenchmarks.SchemaDocument}`; root value `{ExecutorBenchmarks.RootValueDocument}` (plain JSON objects, read by")
            .AppendLine("each engine's default resolver); `$id` = \"u1\". graphql-js runs `execute` on a document parsed and validated")
            .AppendLine("beforehand. ProfileGraph runs the whole request pipeline (SHA-256 of the text, document, validation and plan")
            .AppendLine("caches, variable coercion, execution), so it does more than graphql-js's `execute`; the last column adds")
            .AppendLine("writing the JSON response. Medians; ratio = graphql-js / ProfileGraph (higher is faster).");
        BenchmarkReport.WriteSection("execute", table.ToString());
    }

    private static BenchmarkDotNet.Reports.BenchmarkReport Report(BenchmarkDotNet.Reports.Summary summary, string document, string method) =>
        summary.Reports.Single(r => r.BenchmarkCase.Parameters["Document"] as string == document && r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method);

    private static void AssertSucceeds()
    {
        var executor = new RequestExecutor(ValidatorBenchmarks.BuildSchema());
        foreach (var document in Documents)
        {
            var result = executor.ExecuteAsync(ExecutorBenchmarks.CreateRequest(document, ExecutorBenchmarks.LoadRootValue())).GetAwaiter().GetResult();
            if (result.Errors.Count > 0 || result.Data is null)
            {
                throw new InvalidOperationException($"{document} fails: {string.Join("; ", result.Errors)}");
            }
        }
    }
}
