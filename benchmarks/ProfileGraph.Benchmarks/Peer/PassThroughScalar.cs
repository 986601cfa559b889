using GraphQL.Types;
using GraphQLParser.AST;

namespace ProfileGraph.Benchmarks.Peer;

/// <summary>
/// A custom scalar of the benchmark schema (<c>URL</c>, <c>DateTime</c>) for graphql-dotnet, which builds none from
/// SDL: strings in and out unchanged, as the benchmark's other engines treat them.
/// </summary>
internal sealed class PassThroughScalar : ScalarGraphType
{
    public PassThroughScalar(string name)
    {
        Name = name;
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLStringValue text => text.Value.ToString(),
        GraphQLNullValue => null,
        _ => throw new InvalidOperationException($"{Name} takes a string literal."),
    };

    public override object? ParseValue(object? value) => value;

    public override object? Serialize(object? value) => value;
}
