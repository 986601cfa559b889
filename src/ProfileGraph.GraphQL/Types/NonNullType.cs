namespace ProfileGraph.GraphQL.Types;

/// <summary>A non-null <see cref="OfType"/> (spec §3.12); never wraps another non-null type.</summary>
public sealed class NonNullType : GraphQLType
{
    public NonNullType(GraphQLType ofType)
    {
        if (ofType is NonNullType)
        {
            throw new ArgumentException("A non-null type cannot wrap another non-null type.", nameof(ofType));
        }

        OfType = ofType;
    }

    public GraphQLType OfType { get; }

    public override TypeKind Kind => TypeKind.NonNull;

    public override NamedType GetNamedType() => OfType.GetNamedType();

    public override bool IsEqualTo(GraphQLType other) => other is NonNullType nonNull && OfType.IsEqualTo(nonNull.OfType);

    public override string ToString() => OfType + "!";
}
