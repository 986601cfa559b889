using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using ProfileGraph.Benchmarks;
using ProfileGraph.Benchmarks.Peer;

// ./build.sh bench [suite...]: runs each named comparison suite (all when none is named).
var suites = new Dictionary<string, Action<IConfig>>(StringComparer.OrdinalIgnoreCase)
{
    ["parse"] = ParseSuite.Run,
    ["validate"] = ValidateSuite.Run,
    ["execute"] = ExecuteSuite.Run,
    ["http"] = HttpSuite.Run,
    ["graph"] = GraphSuite.Run,
    ["cache"] = CacheSuite.Run,
    ["cost"] = CostAnalysisSuite.Run,
    ["threshold"] = ThresholdSuite.Run,
    ["replicas"] = ReplicaSuite.Run,
    ["peer"] = PeerSuite.Run,
    ["telemetry"] = TelemetrySuite.Run,
    ["web"] = WebSuite.Run,
    ["defer"] = DeferSuite.Run,
};

// Suites with no graphql-js counterpart: run only when named, printed but not written to docs/benchmarks.md.
var standalone = new Dictionary<string, Action<IConfig>>(StringComparer.OrdinalIgnoreCase)
{
    ["dataloader"] = config => BenchmarkRunner.Run<DataLoaderBenchmarks>(config),
};

var selected = args.Length == 0 ? suites.Keys.ToArray() : args;
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithWarmupCount(5).WithIterationCount(15))
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);

foreach (var name in selected)
{
    if (!suites.TryGetValue(name, out var run) && !standalone.TryGetValue(name, out run))
    {
        Console.Error.WriteLine($"Unknown suite '{name}'. Known: {string.Join(", ", suites.Keys.Concat(standalone.Keys))}");
        return 2;
    }

    run(config);
}

return 0;
