using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ProfileGraph.Benchmarks.Peer;

/// <summary>
/// ProfileGraph beside graphql-dotnet 8.8.5, the .NET engine that restores here, in one run: parse, validate and
/// execute on the engine suites' documents, schema and root value (BenchmarkDotNet), the HTTP suite's <c>{ hello }</c>
/// under load on both in the same test host, and graphql-http's audit of both endpoints.
/// </summary>
internal static class PeerSuite
{
    private const int LoadRounds = 8;
    private const int LoadSeconds = 6;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private sealed record Round(double RequestsPerSecond, double P99Ms);

    private sealed record Side(double RequestsPerSecond, double P99Ms, IReadOnlyList<Round> Rounds);

    private sealed record Audit(int Ok, int Warn, int Notice, int Error, IReadOnlyList<string> Failed);

    private sealed record Audits(Audit Profilegraph, Audit GraphqlDotnet);

    private sealed record LoadRun(string Node, string Autocannon, string GraphqlHttp, int Connections, int Seconds, Side Profilegraph, Side GraphqlDotnet, Audits Audits, double Ratio);

    public static void Run(IConfig config)
    {
        var parse = BenchmarkRunner.Run<PeerParseBenchmarks>(config);
        var validate = BenchmarkRunner.Run<PeerValidateBenchmarks>(config);
        var execute = BenchmarkRunner.Run<PeerExecuteBenchmarks>(config);
        ChildProcess.BuildRelease("tests", "ProfileGraph.GraphQL.AspNetCore.TestHost");
        var script = Path.Combine(Repository.Root, "benchmarks", "js", "peer-load.mjs");
        if (ChildProcess.Run("node", [script, Number(LoadRounds), Number(LoadSeconds)], out var output) != 0)
        {
            throw new InvalidOperationException("the load run failed");
        }

        var load = JsonSerializer.Deserialize<LoadRun>(output, Json) ?? throw new InvalidOperationException("no load output");
        var table = new StringBuilder()
            .AppendLine("## graphql-dotnet")
            .AppendLine()
            .AppendLine($"Machine: {BenchmarkReport.Machine()}; graphql-dotnet {VersionOf(typeof(global::GraphQL.DocumentExecuter))} "
                + $"(GraphQL-Parser {VersionOf(typeof(GraphQLParser.Parser))}); autocannon {load.Autocannon} and graphql-http {load.GraphqlHttp} on Node {load.Node}.")
            .AppendLine()
            .AppendLine("| Phase | Document | ProfileGraph | graphql-dotnet | ProfileGraph faster by | allocated (ProfileGraph / graphql-dotnet) |")
            .AppendLine("|---|---|---:|---:|---:|---:|");
        Rows(table, "parse (string)", parse, ["introspection.graphql", "large.graphql", PeerParseBenchmarks.LargeWithoutOperationDescriptions]);
        Rows(table, "validate (every rule, no cache)", validate, ["introspection-default.graphql", "profile-query.graphql"]);
        Rows(table, "request, cached, JSON written", execute, ["small-query.graphql", "introspection-default.graphql"]);
        table.AppendLine()
            .AppendLine("| `POST` `{ hello }` under load (same test host) | requests/s | p99 latency | graphql-http audits (ok / warn / error of 61) |")
            .AppendLine("|---|---:|---:|---|")
            .AppendLine($"| ProfileGraph `/graphql` | {Rate(load.Profilegraph.RequestsPerSecond)} | {Latency(load.Profilegraph)} | {AuditText(load.Audits.Profilegraph)} |")
            .AppendLine($"| graphql-dotnet `/graphql-dotnet` | {Rate(load.GraphqlDotnet.RequestsPerSecond)} | {Latency(load.GraphqlDotnet)} | {AuditText(load.Audits.GraphqlDotnet)} |")
            .AppendLine()
            .AppendLine($"Throughput of ProfileGraph over graphql-dotnet: **{load.Ratio.ToString("0.00", CultureInfo.InvariantCulture)}×**, the median of the rounds' ratios "
                + $"({LoadRounds} rounds of {load.Seconds} s per side, alternating, {load.Connections} connections, after a 5 s warm-up of each).")
            .AppendLine()
            .AppendLine("graphql-dotnet is set up as a performance-minded user would (`benchmarks/ProfileGraph.Benchmarks/Peer`): schema-first")
            .AppendLine($"from the same SDL (`{ValidatorBenchmarks.SchemaDocument}`) with `Schema.For`, initialized once; a document cache (its")
            .AppendLine("documented `IConfigureExecution` pattern over a dictionary: the GraphQL.MemoryCache package does not restore here);")
            .AppendLine("`EnableMetrics = false`; GraphQL.SystemTextJson's serializer writing to a stream; the same JSON root value, read by a")
            .AppendLine("dictionary resolver (its default resolver reads .NET members only); abstract types resolved by `__typename`; custom")
            .AppendLine("scalars passed through; `RepeatableDirectives` and `DeprecationOfInputValues` on. graphql-dotnet 8.8.5 has no")
            .AppendLine("`__Type.specifiedByURL`, `__Type.isOneOf` or `__Directive.args(includeDeprecated:)`, so it cannot validate or run the")
            .AppendLine("engine suites' full introspection document: both engines introspect here with graphql-js's default")
            .AppendLine("`getIntrospectionQuery()` (`introspection-default.graphql`). Its parser (GraphQL-Parser) refuses descriptions on")
            .AppendLine("operations (GraphQL September 2025), which `large.graphql` has: it parses that document with them taken out.")
            .AppendLine("Its ASP.NET Core transport (GraphQL.Server) does not restore either: `/graphql-dotnet` is a small handler around")
            .AppendLine("its `DocumentExecuter`")
            .AppendLine("(`tests/ProfileGraph.GraphQL.AspNetCore.TestHost/GraphQLDotnetEndpoint.cs`), which passes every audit as ours does.")
            .AppendLine("Medians; \"faster by\" = graphql-dotnet / ProfileGraph.");
        BenchmarkReport.WriteSection("peer", table.ToString());
    }

    private static void Rows(StringBuilder table, string phase, Summary summary, string[] documents)
    {
        foreach (var document in documents)
        {
            var ours = Report(summary, document, nameof(PeerParseBenchmarks.ProfileGraph));
            var theirs = Report(summary, document, nameof(PeerParseBenchmarks.GraphQLDotnet));
            var ourMedian = ours.ResultStatistics!.Median;
            if (theirs.ResultStatistics is null)
            {
                table.AppendLine($"| {phase} | `{document}` | {BenchmarkReport.Microseconds(ourMedian)} | fails (see below) | – | "
                    + $"{BenchmarkReport.Bytes(ours.GcStats.GetBytesAllocatedPerOperation(ours.BenchmarkCase))} / – |");
                continue;
            }

            var theirMedian = theirs.ResultStatistics.Median;
            table.AppendLine($"| {phase} | `{document}` | {BenchmarkReport.Microseconds(ourMedian)} | {BenchmarkReport.Microseconds(theirMedian)} "
                + $"| **{BenchmarkReport.Ratio(theirMedian / ourMedian)}** | {BenchmarkReport.Bytes(ours.GcStats.GetBytesAllocatedPerOperation(ours.BenchmarkCase))} / "
                + $"{BenchmarkReport.Bytes(theirs.GcStats.GetBytesAllocatedPerOperation(theirs.BenchmarkCase))} |");
        }
    }

    private static BenchmarkDotNet.Reports.BenchmarkReport Report(Summary summary, string document, string method) =>
        summary.Reports.Single(r => r.BenchmarkCase.Parameters["Document"] as string == document && r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method);

    private static string AuditText(Audit audit) =>
        $"{audit.Ok} / {audit.Warn + audit.Notice} / {audit.Error}" + (audit.Failed.Count > 0 ? " (" + string.Join("; ", audit.Failed) + ")" : "");

    private static string VersionOf(Type type) =>
        type.Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "?";

    private static string Rate(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Latency(Side side) => side.P99Ms.ToString("0.#", CultureInfo.InvariantCulture) + " ms";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
