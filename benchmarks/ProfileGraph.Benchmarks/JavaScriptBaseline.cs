using System.Diagnostics;
using System.Text.Json;

namespace ProfileGraph.Benchmarks;

/// <summary>Runs <c>benchmarks/js/measure.mjs</c>: graphql-js timed on the same documents, in the same run.</summary>
internal static class JavaScriptBaseline
{
    public sealed record Result(string Document, double MeanNs, double MedianNs, double MinNs);

    public sealed record Run(string GraphqlVersion, string Node, IReadOnlyList<Result> Results);

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Times <paramref name="operation"/> on each document; <c>validate</c> takes the schema document first.</summary>
    public static Run Measure(string operation, IEnumerable<string> documents)
    {
        var script = Path.Combine(Repository.Root, "benchmarks", "js", "measure.mjs");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(operation);
        foreach (var document in documents)
        {
            start.ArgumentList.Add(Repository.DocumentPath(document));
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"graphql-js baseline failed with exit code {process.ExitCode}");
        }

        return JsonSerializer.Deserialize<Run>(output, Json) ?? throw new InvalidOperationException("no baseline output");
    }
}
