using BenchmarkDotNet.Attributes;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Execution.Results;

namespace ProfileGraph.Benchmarks;

/// <summary>
/// What static cost analysis adds to a request on a cached operation (issue target: at most 5%): the execute
/// suite's pipeline with the analysis on, as the engine ships, and switched off, in the same run.
/// </summary>
[MemoryDiagnoser]
public class CostAnalysisBenchmarks
{
    private RequestExecutor _analyzed = null!;
    private RequestExecutor _unanalyzed = null!;
    private ExecutionRequest _request = null!;

    [Params("small-query.graphql", "introspection.graphql")]
    public string Document { get; set; } = "";

    [GlobalSetup]
    public void Load()
    {
        var schema = ValidatorBenchmarks.BuildSchema();
        _analyzed = new RequestExecutor(schema);
        _unanalyzed = new RequestExecutor(schema, new ExecutionOptions { Cost = { Enabled = false } });
        _request = ExecutorBenchmarks.CreateRequest(Document, ExecutorBenchmarks.LoadRootValue());
        foreach (var executor in (RequestExecutor[])[_analyzed, _unanalyzed])
        {
            var result = executor.ExecuteAsync(_request).GetAwaiter().GetResult();
            if (result.Errors.Count > 0)
            {
                throw new InvalidOperationException($"{Document} fails: {string.Join("; ", result.Errors)}");
            }
        }
    }

    [Benchmark(Baseline = true)]
    public Task<ExecutionResult> WithoutCostAnalysis() => _unanalyzed.ExecuteAsync(_request);

    [Benchmark]
    public Task<ExecutionResult> WithCostAnalysis() => _analyzed.ExecuteAsync(_request);
}
