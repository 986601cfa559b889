namespace ProfileGraph.GraphQL.Types;

/// <summary>A union type (spec §3.8): one of several object types.</summary>
public sealed class UnionType : NamedType
{
    internal UnionType(string name)
        : base(name, null)
    {
    }

    public override TypeKind Kind => TypeKind.Union;

    public NamedCollection<ObjectType> Types { get; internal set; } = new([]);
}
