using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using GraphQLParser.AST;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.Benchmarks.Peer;

/// <summary>Parsing the parse suite's documents from a .NET string: ProfileGraph beside graphql-dotnet's parser (GraphQL-Parser 9).</summary>
[MemoryDiagnoser]
public partial class PeerParseBenchmarks
{
    private string _text = "";

    /// <summary>large.graphql as graphql-dotnet's parser takes it: without descriptions on operations (GraphQL September 2025).</summary>
    public const string LargeWithoutOperationDescriptions = "large.graphql, no operation descriptions";

    [Params("introspection.graphql", "large.graphql", LargeWithoutOperationDescriptions)]
    public string Document { get; set; } = "";

    public static string Text(string document) => document == LargeWithoutOperationDescriptions
        ? OperationDescription().Replace(File.ReadAllText(Repository.DocumentPath("large.graphql")), "")
        : File.ReadAllText(Repository.DocumentPath(document));

    [GlobalSetup]
    public void Load() => _text = Text(Document);

    [Benchmark(Baseline = true)]
    public DocumentNode ProfileGraph() => Utf8GraphQLParser.Parse(_text);

    [Benchmark]
    public GraphQLDocument GraphQLDotnet() => GraphQLParser.Parser.Parse(_text);

    [GeneratedRegex("^\"\"\".*\"\"\"\n(?=(query|mutation|subscription|fragment) )", RegexOptions.Multiline)]
    private static partial Regex OperationDescription();
}
