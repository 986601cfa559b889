namespace ProfileGraph.GraphQL.Types;

/// <summary>A list of <see cref="OfType"/> (spec §3.11).</summary>
public sealed class ListType(GraphQLType ofType) : GraphQLType
{
    public GraphQLType OfType { get; } = ofType;

    public override TypeKind Kind => TypeKind.List;

    public override NamedType GetNamedType() => OfType.GetNamedType();

    public override bool IsEqualTo(GraphQLType other) => other is ListType list && OfType.IsEqualTo(list.OfType);

    public override string ToString() => "[" + OfType + "]";
}
