using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace ProfileGraph.Benchmarks;

/// <summary>
/// Compression for web frontends (issue 23), in one run: the service as it ships (Brotli/gzip above the threshold)
/// against the same service with compression off, under load with a browser's <c>Accept-Encoding</c>, on the cached
/// small query (below the threshold: target no cost) and on a 200-user page, driven by autocannon from
/// <c>benchmarks/js/web-load.mjs</c>. BenchmarkDotNet has no part in it.
/// </summary>
internal static class WebSuite
{
    private const int LoadRounds = 8;
    private const int LoadSeconds = 5;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private sealed record Wire(int Status, long Bytes, string Encoding);

    private sealed record LoadSide(double RequestsPerSecond, double P99Ms);

    private sealed record LoadRun(
        string Node, string Autocannon, int Connections, int Seconds, string Small, string Page,
        Dictionary<string, Wire> Responses, LoadSide SmallOn, LoadSide SmallOff, LoadSide PageOn, LoadSide PageOff,
        double SmallRatio, double PageRatio);

    public static void Run(IConfig config)
    {
        var summary = BenchmarkRunner.Run<ResponseCompressionBenchmarks>(config);
        var writes = summary.Reports.ToDictionary(
            report => (bool)report.BenchmarkCase.Parameters["Compression"]!,
            report => (Median: report.ResultStatistics!.Median, StdDev: report.ResultStatistics.StandardDeviation, Allocated: report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase)));

        ChildProcess.BuildRelease("src", "ProfileGraph.Server");
        var script = Path.Combine(Repository.Root, "benchmarks", "js", "web-load.mjs");
        if (ChildProcess.Run("node", [script, Number(LoadRounds), Number(LoadSeconds)], out var output) != 0)
        {
            throw new InvalidOperationException("the load run failed");
        }

        var load = JsonSerializer.Deserialize<LoadRun>(output, Json) ?? throw new InvalidOperationException("no load output");
        BenchmarkReport.WriteSection("web", Report(load, writes[false], writes[true]));
    }

    private static string Report(LoadRun load, (double Median, double StdDev, long? Allocated) off, (double Median, double StdDev, long? Allocated) on) => new StringBuilder()
        .AppendLine("## Web frontends: compression")
        .AppendLine()
        .AppendLine($"Machine: {BenchmarkReport.Machine()}; autocannon {load.Autocannon} on Node {load.Node}.")
        .AppendLine()
        .AppendLine("In process (BenchmarkDotNet): the cached `small-query.graphql` request with its response written by the endpoint's")
        .AppendLine("writer for a request with `Accept-Encoding: gzip, deflate, br`, into a body flushed at the end as Kestrel flushes it:")
        .AppendLine()
        .AppendLine("| Cached small query, response written | median | standard deviation | allocated |")
        .AppendLine("|---|---:|---:|---:|")
        .AppendLine($"| compression off (straight into the body) | {BenchmarkReport.Microseconds(off.Median)} | {BenchmarkReport.Microseconds(off.StdDev)} | {BenchmarkReport.Bytes(off.Allocated)} |")
        .AppendLine($"| compression on, below the threshold (a per-thread buffer, copied out with its length) | {BenchmarkReport.Microseconds(on.Median)} | {BenchmarkReport.Microseconds(on.StdDev)} | {BenchmarkReport.Bytes(on.Allocated)} |")
        .AppendLine()
        .AppendLine($"On over off: **{Ratio(on.Median / off.Median)}** of the time, the medians of 15 iterations each. BenchmarkDotNet runs the")
        .AppendLine("two cases one after the other, so on a shared machine a difference within their standard deviations is noise;")
        .AppendLine("what the sizing adds per small response is one copy of its bytes into the body and its Content-Length.")
        .AppendLine()
        .AppendLine("Under load, over HTTP:")
        .AppendLine()
        .AppendLine("The service as it ships (Brotli or gzip for responses of 1,400 bytes or more) against the same service with")
        .AppendLine("`GraphQL:Compression:Enabled=false`, in the same run, every request with a browser's `Accept-Encoding: gzip, deflate, br`:")
        .AppendLine()
        .AppendLine("| Query | compression | bytes on the wire | requests/s | p99 latency |")
        .AppendLine("|---|---|---:|---:|---:|")
        .AppendLine(Row("cached single user (below the threshold)", "on", load.Responses["smallOn"], load.SmallOn))
        .AppendLine(Row("cached single user (below the threshold)", "off", load.Responses["smallOff"], load.SmallOff))
        .AppendLine(Row("200-user `telegramUsers` page", "on", load.Responses["pageOn"], load.PageOn))
        .AppendLine(Row("200-user `telegramUsers` page", "off", load.Responses["pageOff"], load.PageOff))
        .AppendLine()
        .AppendLine($"On over off, the median of the rounds' ratios: **{Ratio(load.SmallRatio)}** on the small cached query (target: no cost below")
        .AppendLine($"the threshold) and **{Ratio(load.PageRatio)}** on the page, which goes out in {Share(load.Responses["pageOn"], load.Responses["pageOff"])} of its bytes.")
        .AppendLine()
        .AppendLine($"Each service is the built `ProfileGraph.Server` (Release, Production, cache on, logs at Warning). autocannon:")
        .AppendLine($"{load.Connections} connections, POST with `Accept: application/graphql-response+json`, a 3 s warm-up of each side, then")
        .AppendLine($"{LoadRounds} rounds of {load.Seconds} s per side in alternating order; each figure is the median over the rounds. A small")
        .AppendLine("response is serialized into a per-thread buffer and copied to the body with its Content-Length; a large one goes")
        .AppendLine("through ASP.NET Core's Brotli provider at its fastest level. autocannon shares the 2 cores with the services;")
        .AppendLine("on a loopback connection the page's figures weigh the encoder's CPU time against fewer bytes to write and read,")
        .AppendLine("and the bandwidth saved on a real network is not measured.")
        .ToString();

    private static string Row(string query, string compression, Wire wire, LoadSide side) =>
        $"| {query} | {compression} | {BenchmarkReport.Number(wire.Bytes)} ({wire.Encoding}) | {side.RequestsPerSecond.ToString("N0", CultureInfo.InvariantCulture)} | {side.P99Ms.ToString("0.#", CultureInfo.InvariantCulture)} ms |";

    private static string Ratio(double value) => value.ToString("0.00", CultureInfo.InvariantCulture) + "×";

    private static string Share(Wire compressed, Wire plain) => ((double)compressed.Bytes / plain.Bytes).ToString("0%", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
