using System.Diagnostics;
using System.Text.Json;

namespace ProfileGraph.GraphQL.Tests.Conformance;

/// <summary>
/// Asks graphql-js 16 (installed by <c>./build.sh test</c> under tests/conformance) what it makes of
/// GraphQL sources, through the scripts in <c>tests/conformance/tools/</c>: one node process per call.
/// </summary>
internal static class GraphQLJsOracle
{
    public sealed record Outcome(bool Ok, string? Printed, string? Message, int? Line, int? Column);

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>What graphql-js says about introspection: the full introspection query, the introspection types as printed, and type maps.</summary>
    public sealed record IntrospectionFacts(string Query, IReadOnlyDictionary<string, string> Types, IReadOnlyList<IReadOnlyList<string>> TypeMaps);

    /// <summary><c>print(parse(source))</c> or the syntax error, for each source.</summary>
    public static IReadOnlyList<Outcome> Parse(IReadOnlyList<string> sources) => Run<List<Outcome>>("parse.mjs", sources);

    /// <summary><c>printSchema(buildSchema(source))</c> or the error, for each SDL source.</summary>
    public static IReadOnlyList<Outcome> PrintSchema(IReadOnlyList<string> sources) => Run<List<Outcome>>("print-schema.mjs", sources);

    /// <summary>
    /// graphql-js's <c>validate</c> with all specified rules, or only the one named (e.g. "KnownTypeNamesRule"): for each
    /// query, its errors as "message (line:column)..." strings.
    /// </summary>
    public static IReadOnlyList<string[]> Validate(string schemaSdl, IReadOnlyList<string> queries, string? rule = null) =>
        Run<List<string[]>>("validate.mjs", new { schema = schemaSdl, cases = queries.Select(query => new { rule, query }) });

    /// <summary>The introspection query and types, and the type map order of <c>buildSchema</c> for each SDL source.</summary>
    public static IntrospectionFacts Introspection(IReadOnlyList<string> sources) => Run<IntrospectionFacts>("introspection.mjs", sources);

    /// <summary>printSchema(buildClientSchema(result)) for each introspection result (the "data" of the introspection query).</summary>
    public static IReadOnlyList<Outcome> PrintClientSchema(IReadOnlyList<JsonElement> introspectionResults) => Run<List<Outcome>>("client-schema.mjs", introspectionResults);

    /// <summary>What <c>@apollo/subgraph</c>'s buildSubgraphSchema makes of a subgraph SDL: <c>_service.sdl</c> and graphql-js's printSchema.</summary>
    public sealed record SubgraphOutcome(bool Ok, string? Sdl, string? Printed, string? Message);

    /// <summary>A composition error or hint, with the subgraphs its nodes come from.</summary>
    public sealed record CompositionMessage(string? Code, string Message, IReadOnlyList<string> Subgraphs);

    public sealed record CompositionOutcome(IReadOnlyList<CompositionMessage> Errors, IReadOnlyList<CompositionMessage> Hints, string? SupergraphSdl);

    /// <summary>buildSubgraphSchema (@apollo/subgraph 2.14) of each SDL source: its <c>_service { sdl }</c> and printSchema.</summary>
    public static IReadOnlyList<SubgraphOutcome> Subgraph(IReadOnlyList<string> sources) => Run<List<SubgraphOutcome>>("subgraph.mjs", sources);

    /// <summary>composeServices (@apollo/composition 2.14) of named subgraph SDLs: errors, hints and the supergraph.</summary>
    public static CompositionOutcome Compose(IEnumerable<(string Name, string Sdl)> subgraphs) =>
        Run<CompositionOutcome>("compose.mjs", new { subgraphs = subgraphs.Select(s => new { name = s.Name, url = $"http://127.0.0.1/{s.Name}", sdl = s.Sdl }) });

    /// <summary>
    /// Runs an outside client's script (tools/gateway.mjs, tools/stitch.mjs) with a JSON input and returns its JSON
    /// output, for tests that point Node clients at an endpoint of ours.
    /// </summary>
    public static JsonElement RunClient(string script, object input) => Run<JsonElement>(script, input);

    private static T Run<T>(string script, object input)
    {
        var conformance = Path.Combine(RepositoryRoot, "tests", "conformance");
        if (!Directory.Exists(Path.Combine(conformance, "node_modules", "graphql")))
        {
            throw new InvalidOperationException("graphql-js is not installed: run ./build.sh test (or npm ci in tests/conformance).");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = conformance,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine("tools", script));
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        process.StandardInput.Write(JsonSerializer.Serialize(input));
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node exited with {process.ExitCode}: {stderr.Result}");
        }

        return JsonSerializer.Deserialize<T>(output, Json) ?? throw new InvalidOperationException("no output from node");
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ProfileGraph.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests must run inside the ProfileGraph repository.");
    }
}
