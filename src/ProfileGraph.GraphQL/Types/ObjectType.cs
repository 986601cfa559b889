namespace ProfileGraph.GraphQL.Types;

/// <summary>An object type (spec §3.6).</summary>
public sealed class ObjectType : ComplexOutputType
{
    internal ObjectType(string name)
        : base(name)
    {
    }

    public override TypeKind Kind => TypeKind.Object;
}
