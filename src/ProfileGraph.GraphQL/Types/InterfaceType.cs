namespace ProfileGraph.GraphQL.Types;

/// <summary>An interface type (spec §3.7); interfaces may implement other interfaces.</summary>
public sealed class InterfaceType : ComplexOutputType
{
    internal InterfaceType(string name)
        : base(name)
    {
    }

    public override TypeKind Kind => TypeKind.Interface;
}
