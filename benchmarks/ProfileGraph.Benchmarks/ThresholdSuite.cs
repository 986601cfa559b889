using System.Globalization;
using System.Text;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.DependencyInjection;
using ProfileGraph.Emulators.Hosting;
using ProfileGraph.Server.Hosting;

namespace ProfileGraph.Benchmarks;

/// <summary>
/// Where the Infobip list call starts to pay (<c>ProfileGraph:TelegramListThreshold</c>): the wall time of
/// <c>users(refs:)</c> with N Telegram refs served by N concurrent single gets and by one list call of the whole
/// application (10,000 users), against the emulator with the graph suite's realistic latency, cache off, in one run.
/// </summary>
internal static class ThresholdSuite
{
    private const int Rounds = 15;
    private static readonly int[] Sizes = [1, 2, 3, 4, 5, 6, 8, 10, 15, 20];
    private const string Query = "query($refs: [UserRef!]!) { users(refs: $refs) { displayName telegram { username } } }";

    public static void Run(IConfig config) => RunAsync().GetAwaiter().GetResult();

    private static async Task RunAsync()
    {
        // Always single gets, and always the list: the same emulators' latency for both.
        await using var gets = await GraphServer.StartAsync("gets", await ProfileGraphApp.CreateAsync([], With(GraphSettings.Batched(), "1000")));
        var emulators = gets.Services.GetRequiredService<EmulatorHost>();
        await using var list = await GraphServer.StartAsync("list", await ProfileGraphApp.CreateAsync([], With(GraphSettings.Naive(emulators), "1")));
        var keys = emulators.State.Dataset.TelegramUsers.Select(user => user.Key).ToList();

        var rows = new List<(int Size, double Gets, double List)>();
        foreach (var size in Sizes)
        {
            var request = new { query = Query, variables = new { refs = keys.Take(size).Select(key => new { provider = "TELEGRAM", id = key }) } };
            await gets.PostAsync(request);
            await list.PostAsync(request);
            var getTimes = new List<double>();
            var listTimes = new List<double>();
            for (var round = 0; round < Rounds; round++)
            {
                getTimes.Add((await gets.PostAsync(request)).Elapsed.TotalMilliseconds);
                listTimes.Add((await list.PostAsync(request)).Elapsed.TotalMilliseconds);
            }

            rows.Add((size, BenchmarkReport.Median(getTimes), BenchmarkReport.Median(listTimes)));
            Console.WriteLine($"{size} refs: gets {rows[^1].Gets:0} ms, list {rows[^1].List:0} ms");
        }

        var text = new StringBuilder()
            .AppendLine("## Infobip list threshold")
            .AppendLine()
            .AppendLine($"Machine: {BenchmarkReport.Machine()}.")
            .AppendLine()
            .AppendLine("| Telegram refs | N single gets, median | one list call (10,000 users), median |")
            .AppendLine("|---:|---:|---:|");
        foreach (var (size, getMs, listMs) in rows)
        {
            text.AppendLine($"| {size} | {Ms(getMs)} | {Ms(listMs)} |");
        }

        text.AppendLine()
            .AppendLine($"`users(refs:)` with N Telegram refs, {Rounds} rounds per size in alternation after one warm-up each, against")
            .AppendLine("the emulator with the graph suite's Infobip latency (log-normal, median 60 ms, p99 300 ms), the profile cache")
            .AppendLine("off. Single gets go out together, so they wait for the slowest of N draws; the list is one draw plus reading")
            .AppendLine("10,000 users. With the cache on, the list also serves every later single lookup while it is fresh.");
        BenchmarkReport.WriteSection("threshold", text.ToString());
    }

    private static Dictionary<string, string?> With(Dictionary<string, string?> settings, string threshold)
    {
        settings["ProfileGraph:TelegramListThreshold"] = threshold;
        return settings;
    }

    private static string Ms(double value) => value.ToString("N0", CultureInfo.InvariantCulture) + " ms";
}
