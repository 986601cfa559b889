using System.Buffers;
using BenchmarkDotNet.Attributes;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using ProfileGraph.GraphQL.DataLoader;
using ProfileGraph.GraphQL.Execution;

namespace ProfileGraph.Benchmarks;

/// <summary>
/// The cached small-query request, JSON written: with no telemetry listener; with the engine's meters read by an
/// OpenTelemetry meter provider (the service as it runs without a trace exporter); and with every span sampled by a
/// tracer provider as well (as with an OTLP endpoint). Nothing is exported.
/// </summary>
[MemoryDiagnoser]
public class TelemetryOverheadBenchmarks : IDisposable
{
    private static readonly Dictionary<string, object?> Variables = new() { ["id"] = "u1" };

    private readonly ArrayBufferWriter<byte> _output = new(64 * 1024);
    private RequestExecutor _executor = null!;
    private string _query = "";
    private object? _root;
    private TracerProvider? _tracing;
    private MeterProvider? _metrics;

    public enum Listening
    {
        None,
        Metrics,
        MetricsAndTraces,
    }

    [Params(Listening.None, Listening.Metrics, Listening.MetricsAndTraces)]
    public Listening Telemetry { get; set; }

    [GlobalSetup]
    public void Load()
    {
        if (Telemetry != Listening.None)
        {
            _metrics = Sdk.CreateMeterProviderBuilder().AddMeter(GraphQLMetrics.MeterName, DataLoaderMetrics.MeterName).Build();
        }

        if (Telemetry == Listening.MetricsAndTraces)
        {
            _tracing = Sdk.CreateTracerProviderBuilder().AddSource(GraphQLActivities.SourceName).SetSampler(new AlwaysOnSampler()).Build();
        }

        _root = ExecutorBenchmarks.LoadRootValue();
        _query = File.ReadAllText(Repository.DocumentPath("small-query.graphql"));
        _executor = new RequestExecutor(ValidatorBenchmarks.BuildSchema());
        Request().GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task<int> Request()
    {
        var result = await _executor.ExecuteAsync(new ExecutionRequest { Query = _query, Variables = Variables, RootValue = _root });
        _output.ResetWrittenCount();
        result.WriteTo(_output);
        return _output.WrittenCount;
    }

    public void Dispose()
    {
        _tracing?.Dispose();
        _metrics?.Dispose();
        GC.SuppressFinalize(this);
    }
}
