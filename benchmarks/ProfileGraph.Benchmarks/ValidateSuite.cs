using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Validation;

namespace ProfileGraph.Benchmarks;

/// <summary>Validation speed beside graphql-js 16's <c>validate</c> (issue target: at least 20× graphql-js, uncached).</summary>
internal static class ValidateSuite
{
    private static readonly string[] Documents = ["introspection.graphql", "profile-query.graphql"];

    public static void Run(IConfig config)
    {
        AssertValid();
        var summary = BenchmarkRunner.Run<ValidatorBenchmarks>(config);
        var baseline = JavaScriptBaseline.Measure("validate", [ValidatorBenchmarks.SchemaDocument, .. Documents]);

        var table = new StringBuilder()
            .AppendLine("## Validate")
            .AppendLine()
            .AppendLine($"Machine: {BenchmarkReport.Machine()}; graphql-js {baseline.GraphqlVersion} on Node {baseline.Node}.")
            .AppendLine()
            .AppendLine("| Document | Fields | graphql-js `validate` | ProfileGraph `DocumentValidator.Validate` | ratio | allocated |")
            .AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var document in Documents)
        {
            var js = baseline.Results.Single(r => r.Document == document);
            var report = summary.Reports.Single(r => r.BenchmarkCase.Parameters["Document"] as string == document);
            var median = report.ResultStatistics!.Median;
            table.AppendLine($"| `{document}` | {CountFields(document)} | {BenchmarkReport.Microseconds(js.MedianNs)} | {BenchmarkReport.Microseconds(median)} "
                + $"| **{BenchmarkReport.Ratio(js.MedianNs / median)}** | {BenchmarkReport.Bytes(report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase))} |");
        }

        table.AppendLine()
            .AppendLine($"Both documents are validated against `{ValidatorBenchmarks.SchemaDocument}` (a profile service: interfaces, unions,")
            .AppendLine("enums, input objects, custom directives) with every specified rule; each is checked to have no errors in both")
            .AppendLine("engines before timing. The schema is built and the document parsed once, outside the timing; ProfileGraph")
            .AppendLine("runs without its `ValidationCache`. Ratio = graphql-js median / ProfileGraph median (higher is faster).")
            .AppendLine("graphql-js is timed by `benchmarks/js/measure.mjs` (2 s warm-up, 15 samples of 250 ms); .NET by BenchmarkDotNet.")
            .AppendLine("The machine is shared, so the two are timed minutes apart under whatever else runs: ratios of separate runs")
            .AppendLine("have differed by up to half, mostly through graphql-js's times.");
        BenchmarkReport.WriteSection("validate", table.ToString());
    }

    /// <summary>Timing a validation that fails would time the wrong thing: both documents must be valid here too.</summary>
    private static void AssertValid()
    {
        var schema = ValidatorBenchmarks.BuildSchema();
        foreach (var document in Documents)
        {
            var errors = DocumentValidator.Validate(schema, Utf8GraphQLParser.Parse(File.ReadAllBytes(Repository.DocumentPath(document))));
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"{document} does not validate: {string.Join("; ", errors)}");
            }
        }
    }

    private static int CountFields(string document)
    {
        var count = 0;
        new SyntaxVisitor().Enter<FieldNode>(_ => count++).Visit(Utf8GraphQLParser.Parse(File.ReadAllBytes(Repository.DocumentPath(document))));
        return count;
    }
}
