using BenchmarkDotNet.Attributes;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;
using ProfileGraph.GraphQL.Validation;

namespace ProfileGraph.Benchmarks;

/// <summary>
/// Validation of a parsed document against a built schema, every rule, without <see cref="ValidationCache"/>:
/// beside graphql-js's <c>validate(schema, document)</c>.
/// </summary>
[MemoryDiagnoser]
public class ValidatorBenchmarks
{
    public const string SchemaDocument = "profile-schema.graphql";

    private GraphQLSchema _schema = null!;
    private DocumentNode _document = null!;

    [Params("introspection.graphql", "profile-query.graphql")]
    public string Document { get; set; } = "";

    /// <summary>The benchmark schema, built from <see cref="SchemaDocument"/>.</summary>
    public static GraphQLSchema BuildSchema() => SchemaBuilder.Build(File.ReadAllText(Repository.DocumentPath(SchemaDocument)));

    [GlobalSetup]
    public void Load()
    {
        _schema = BuildSchema();
        _document = Utf8GraphQLParser.Parse(File.ReadAllBytes(Repository.DocumentPath(Document)));
    }

    [Benchmark]
    public IReadOnlyList<ValidationError> Validate() => DocumentValidator.Validate(_schema, _document);
}
