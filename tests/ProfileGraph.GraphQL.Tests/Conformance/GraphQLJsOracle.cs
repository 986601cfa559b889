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

    /// <summary><c>print(parse(source))</c> or the syntax error, for each source.</summary>
    public static IReadOnlyList<Outcome> Parse(IReadOnlyList<string> sources) => Run("parse.mjs", sources);

    /// <summary><c>printSchema(buildSchema(source))</c> or the error, for each SDL source.</summary>
    public static IReadOnlyList<Outcome> PrintSchema(IReadOnlyList<string> sources) => Run("print-schema.mjs", sources);

    private static List<Outcome> Run(string script, IReadOnlyList<string> sources)
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
        process.StandardInput.Write(JsonSerializer.Serialize(sources));
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node exited with {process.ExitCode}: {stderr.Result}");
        }

        return JsonSerializer.Deserialize<List<Outcome>>(output, Json) ?? throw new InvalidOperationException("no output from node");
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
