using System.Buffers;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;
using ProfileGraph.Benchmarks.Peer;
using ProfileGraph.GraphQL.Execution;

namespace ProfileGraph.Benchmarks.Tests;

/// <summary>
/// The peer benchmark compares like with like: graphql-dotnet, set up as the benchmark sets it up, finds every
/// benchmark document valid and answers the execute documents with exactly the JSON ProfileGraph writes.
/// </summary>
public sealed class GraphQLDotnetPeerTests
{
    private static readonly Dictionary<string, object?> Variables = new() { ["id"] = "u1" };

    [Fact]
    public async Task Graphql_dotnet_answers_the_small_query_as_profilegraph_does()
    {
        var (expected, actual) = await ExecuteBothAsync("small-query.graphql");

        Assert.True(actual["errors"] is null, actual["errors"]?.ToJsonString());
        Assert.True(JsonNode.DeepEquals(expected, actual), $"ProfileGraph: {expected.ToJsonString()}\ngraphql-dotnet: {actual.ToJsonString()}");
    }

    [Fact]
    public async Task Graphql_dotnet_introspects_the_same_types_as_profilegraph()
    {
        var (expected, actual) = await ExecuteBothAsync("introspection-default.graphql");

        // The same types; graphql-dotnet lists them in another order and adds no built-in @specifiedBy/@oneOf.
        Assert.True(actual["errors"] is null, actual["errors"]?.ToJsonString());
        Assert.Equal(TypeNames(expected), TypeNames(actual));
    }

    private static IEnumerable<string> TypeNames(JsonNode answer) =>
        answer["data"]!["__schema"]!["types"]!.AsArray().Select(type => (string)type!["name"]!).Order(StringComparer.Ordinal);

    private static async Task<(JsonNode ProfileGraph, JsonNode GraphQLDotnet)> ExecuteBothAsync(string document)
    {
        var root = ExecutorBenchmarks.LoadRootValue();
        var peer = new GraphQLDotnetPeer();
        var request = ExecutorBenchmarks.CreateRequest(document, root);

        var ours = await new RequestExecutor(ValidatorBenchmarks.BuildSchema()).ExecuteAsync(request);
        var buffer = new ArrayBufferWriter<byte>();
        ours.WriteTo(buffer);
        var theirs = peer.Serializer.Serialize(await peer.Executer.ExecuteAsync(peer.Options(request.Query!, Variables, root)));

        return (JsonNode.Parse(buffer.WrittenSpan)!, JsonNode.Parse(theirs)!);
    }

    [Fact]
    public void Graphql_dotnets_parser_refuses_operation_descriptions_and_parses_large_without_them()
    {
        var large = File.ReadAllText(Repository.DocumentPath("large.graphql"));
        var without = PeerParseBenchmarks.Text(PeerParseBenchmarks.LargeWithoutOperationDescriptions);

        Assert.Throws<GraphQLParser.Exceptions.GraphQLSyntaxErrorException>(() => GraphQLParser.Parser.Parse(large));
        Assert.True(without.Length < large.Length);
        Assert.Equal(
            ProfileGraph.GraphQL.Language.Utf8GraphQLParser.Parse(large).Definitions.Count,
            GraphQLParser.Parser.Parse(without).Definitions.Count);
    }

    [Fact]
    public async Task Graphql_dotnet_cannot_take_the_full_introspection_document()
    {
        // graphql-dotnet 8.8.5 has no __Type.specifiedByURL, __Type.isOneOf or __Directive.args(includeDeprecated:):
        // the peer rows introspect with graphql-js's default getIntrospectionQuery() instead, on both engines.
        var peer = new GraphQLDotnetPeer();

        var result = await peer.Executer.ExecuteAsync(peer.Options(File.ReadAllText(Repository.DocumentPath("introspection.graphql")), Variables, null));

        Assert.Contains(result.Errors!, error => error.Message.Contains("specifiedByURL", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("introspection-default.graphql")]
    [InlineData("profile-query.graphql")]
    public async Task Graphql_dotnet_finds_the_validate_documents_valid(string document)
    {
        var schema = GraphQLDotnetPeer.BuildSchema();
        var parsed = GraphQLParser.Parser.Parse(File.ReadAllText(Repository.DocumentPath(document)));

        var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = parsed,
            Rules = DocumentValidator.CoreRules,
            Operation = parsed.Definitions.OfType<GraphQLOperationDefinition>().First(),
            Variables = new Inputs(Variables),
        });

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(error => error.Message)));
    }
}
