using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace ProfileGraph.Benchmarks;

/// <summary>
/// Keeps <c>docs/benchmarks.md</c>: each comparison owns one section between markers, rewritten by its run,
/// so results of different suites measured on different days stay side by side.
/// </summary>
internal static class BenchmarkReport
{
    private static string FilePath => Path.Combine(Repository.Root, "docs", "benchmarks.md");

    public static string Machine()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return $"{cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}, {Environment.ProcessorCount} cores, "
            + $"{RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}";
    }

    public static string Microseconds(double nanoseconds) => (nanoseconds / 1000).ToString("0.0", CultureInfo.InvariantCulture) + " µs";

    public static string Ratio(double value) => value.ToString("0.0", CultureInfo.InvariantCulture) + "×";

    public static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Counts over rounds: one number when every round had the same, else the range.</summary>
    public static string Range(IEnumerable<long> counts)
    {
        var all = counts.ToList();
        return all.Min() == all.Max() ? Number(all[0]) : $"{Number(all.Min())}–{Number(all.Max())}";
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
    }

    public static string Bytes(long? bytes) => bytes is null ? "–" : (bytes.Value / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KiB";

    public static void WriteSection(string section, string markdown)
    {
        var begin = $"<!-- {section}:begin -->";
        var end = $"<!-- {section}:end -->";
        var block = $"{begin}\n{markdown.TrimEnd()}\n{end}";
        var text = File.Exists(FilePath) ? File.ReadAllText(FilePath) : Header();
        var from = text.IndexOf(begin, StringComparison.Ordinal);
        var to = text.IndexOf(end, StringComparison.Ordinal);
        text = from >= 0 && to > from
            ? text[..from] + block + text[(to + end.Length)..]
            : text.TrimEnd() + "\n\n" + block + "\n";
        File.WriteAllText(FilePath, text);
        Console.WriteLine($"Wrote section '{section}' of {FilePath}");
    }

    private static string Header() => new StringBuilder()
        .AppendLine("# Benchmarks")
        .AppendLine()
        .AppendLine("Measured with `./build.sh bench [suite]` on this project's 2-core machine. Every ratio compares")
        .AppendLine("against a baseline measured in the same run: graphql-js 16 on Node for the engine suites, a bare ASP.NET Core")
        .AppendLine("endpoint for the HTTP suite, a naive one-call-per-field server for the profile graph. Each section below is")
        .AppendLine("rewritten by its own suite.")
        .ToString();
}
