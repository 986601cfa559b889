namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// A type reference as fields and arguments hold it: a <see cref="NamedType"/> or a <see cref="ListType"/> or
/// <see cref="NonNullType"/> wrapping one. <see cref="object.ToString"/> prints it in SDL, e.g. <c>[String!]!</c>.
/// </summary>
public abstract class GraphQLType
{
    private protected GraphQLType()
    {
    }

    public abstract TypeKind Kind { get; }

    /// <summary>The named type under all wrappers.</summary>
    public abstract NamedType GetNamedType();

    /// <summary>True for scalars, enums and input objects (and wrappers of them): allowed for arguments and input fields.</summary>
    public bool IsInputType => GetNamedType().Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    /// <summary>True for every type but input objects (and wrappers of them): allowed for fields.</summary>
    public bool IsOutputType => GetNamedType().Kind is not TypeKind.InputObject;

    /// <summary>Structural equality of type references: the same named type under the same wrappers.</summary>
    public abstract bool IsEqualTo(GraphQLType other);
}
