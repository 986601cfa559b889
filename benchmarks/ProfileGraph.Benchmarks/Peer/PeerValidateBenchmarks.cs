using BenchmarkDotNet.Attributes;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;
using OurValidator = ProfileGraph.GraphQL.Validation.DocumentValidator;
using TheirValidator = GraphQL.Validation.DocumentValidator;

namespace ProfileGraph.Benchmarks.Peer;

/// <summary>
/// Validation of a parsed document, every rule, no validation cache: ProfileGraph beside graphql-dotnet's
/// <c>DocumentValidator.ValidateAsync</c> with its core rules (which also coerce the variables, given here).
/// </summary>
[MemoryDiagnoser]
public class PeerValidateBenchmarks
{
    private static readonly Inputs Variables = new(new Dictionary<string, object?> { ["id"] = "u1" });

    private readonly TheirValidator _theirValidator = new();
    private GraphQLSchema _ourSchema = null!;
    private DocumentNode _ourDocument = null!;
    private ISchema _theirSchema = null!;
    private GraphQLDocument _theirDocument = null!;
    private GraphQLOperationDefinition _theirOperation = null!;

    [Params("introspection-default.graphql", "profile-query.graphql")]
    public string Document { get; set; } = "";

    [GlobalSetup]
    public void Load()
    {
        var text = File.ReadAllText(Repository.DocumentPath(Document));
        _ourSchema = ValidatorBenchmarks.BuildSchema();
        _ourDocument = Utf8GraphQLParser.Parse(text);
        _theirSchema = GraphQLDotnetPeer.BuildSchema();
        _theirDocument = GraphQLParser.Parser.Parse(text);
        _theirOperation = _theirDocument.Definitions.OfType<GraphQLOperationDefinition>().First();
    }

    [Benchmark(Baseline = true)]
    public int ProfileGraph() => OurValidator.Validate(_ourSchema, _ourDocument).Count;

    [Benchmark]
    public async Task<bool> GraphQLDotnet() => (await _theirValidator.ValidateAsync(new ValidationOptions
    {
        Schema = _theirSchema,
        Document = _theirDocument,
        Rules = TheirValidator.CoreRules,
        Operation = _theirOperation,
        Variables = Variables,
    })).IsValid;
}
