using BenchmarkDotNet.Attributes;
using GraphQLParser.AST;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.Benchmarks.Peer;

/// <summary>Parsing the parse suite's documents from a .NET string: ProfileGraph beside graphql-dotnet's parser (GraphQL-Parser 9).</summary>
[MemoryDiagnoser]
public class PeerParseBenchmarks
{
    private string _text = "";

    [Params("introspection.graphql", "large.graphql")]
    public string Document { get; set; } = "";

    [GlobalSetup]
    public void Load() => _text = File.ReadAllText(Repository.DocumentPath(Document));

    [Benchmark(Baseline = true)]
    public DocumentNode ProfileGraph() => Utf8GraphQLParser.Parse(_text);

    [Benchmark]
    public GraphQLDocument GraphQLDotnet() => GraphQLParser.Parser.Parse(_text);
}
