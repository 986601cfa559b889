using System.Buffers;
using BenchmarkDotNet.Attributes;
using ProfileGraph.GraphQL.Execution;

namespace ProfileGraph.Benchmarks.Peer;

/// <summary>
/// A repeated request, text in and JSON out, on each engine's caches: ProfileGraph's request pipeline (document,
/// validation and plan caches) beside graphql-dotnet's <c>DocumentExecuter</c> with its document cache, each writing
/// its JSON response to a reused buffer. Same schema, same root value, <c>$id</c> = "u1".
/// </summary>
[MemoryDiagnoser]
public class PeerExecuteBenchmarks : IDisposable
{
    private static readonly Dictionary<string, object?> Variables = new() { ["id"] = "u1" };

    private readonly ArrayBufferWriter<byte> _output = new(64 * 1024);
    private readonly MemoryStream _theirOutput = new(64 * 1024);
    private RequestExecutor _executor = null!;
    private GraphQLDotnetPeer _peer = null!;
    private string _query = "";
    private object? _root;

    [Params("small-query.graphql", "introspection-default.graphql")]
    public string Document { get; set; } = "";

    [GlobalSetup]
    public void Load()
    {
        _root = ExecutorBenchmarks.LoadRootValue();
        _query = File.ReadAllText(Repository.DocumentPath(Document));
        _executor = new RequestExecutor(ValidatorBenchmarks.BuildSchema());
        _peer = new GraphQLDotnetPeer();
        ProfileGraph().GetAwaiter().GetResult();
        GraphQLDotnet().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true)]
    public async Task<int> ProfileGraph()
    {
        var result = await _executor.ExecuteAsync(new ExecutionRequest { Query = _query, Variables = Variables, RootValue = _root });
        _output.ResetWrittenCount();
        result.WriteTo(_output);
        return _output.WrittenCount;
    }

    [Benchmark]
    public async Task<long> GraphQLDotnet()
    {
        var result = await _peer.Executer.ExecuteAsync(_peer.Options(_query, Variables, _root));
        _theirOutput.SetLength(0);
        await _peer.Serializer.WriteAsync(_theirOutput, result);
        return _theirOutput.Length;
    }

    public void Dispose()
    {
        _theirOutput.Dispose();
        GC.SuppressFinalize(this);
    }
}
