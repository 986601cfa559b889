using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Execution.Results;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.Benchmarks;

/// <summary>
/// A request through the whole pipeline on a cached operation (document, validation and plan cached: what a
/// repeated request costs), beside graphql-js's <c>execute</c> of a parsed document. The root value is the same
/// JSON for both engines, read by each one's default resolver.
/// </summary>
[MemoryDiagnoser]
public class ExecutorBenchmarks
{
    public const string RootValueDocument = "execute-root.json";

    private static readonly Dictionary<string, object?> Variables = new() { ["id"] = "u1" };

    private readonly ArrayBufferWriter<byte> _output = new(64 * 1024);
    private RequestExecutor _executor = null!;
    private ExecutionRequest _request = null!;

    [Params("small-query.graphql", "introspection.graphql")]
    public string Document { get; set; } = "";

    public static object? LoadRootValue() =>
        JsonInput.ToClr(JsonDocument.Parse(File.ReadAllText(Repository.DocumentPath(RootValueDocument))).RootElement);

    public static ExecutionRequest CreateRequest(string document, object? rootValue) => new()
    {
        Query = File.ReadAllText(Repository.DocumentPath(document)),
        Variables = Variables,
        RootValue = rootValue,
    };

    [GlobalSetup]
    public void Load()
    {
        _executor = new RequestExecutor(ValidatorBenchmarks.BuildSchema());
        _request = CreateRequest(Document, LoadRootValue());
        _executor.ExecuteAsync(_request).GetAwaiter().GetResult();
    }

    [Benchmark]
    public Task<ExecutionResult> Execute() => _executor.ExecuteAsync(_request);

    [Benchmark]
    public async Task<int> ExecuteAndWriteJson()
    {
        var result = await _executor.ExecuteAsync(_request);
        _output.ResetWrittenCount();
        result.WriteTo(_output);
        return _output.WrittenCount;
    }
}
