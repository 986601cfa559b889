using System.Text;
using BenchmarkDotNet.Attributes;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.Benchmarks;

/// <summary>Parsing, from UTF-8 bytes (the HTTP path) and from a .NET string, beside graphql-js's <c>parse</c>.</summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private byte[] _utf8 = [];
    private string _text = "";

    [Params("introspection.graphql", "large.graphql")]
    public string Document { get; set; } = "";

    [GlobalSetup]
    public void Load()
    {
        _utf8 = File.ReadAllBytes(Repository.DocumentPath(Document));
        _text = Encoding.UTF8.GetString(_utf8);
    }

    [Benchmark(Baseline = true)]
    public DocumentNode ParseUtf8() => Utf8GraphQLParser.Parse(_utf8);

    [Benchmark]
    public DocumentNode ParseString() => Utf8GraphQLParser.Parse(_text);
}
