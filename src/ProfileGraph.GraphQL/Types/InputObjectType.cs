namespace ProfileGraph.GraphQL.Types;

/// <summary>An input object type (spec §3.10); a OneOf input object (<c>@oneOf</c>) takes exactly one field.</summary>
public sealed class InputObjectType : NamedType
{
    internal InputObjectType(string name)
        : base(name, null)
    {
    }

    public override TypeKind Kind => TypeKind.InputObject;

    public NamedCollection<InputFieldDefinition> Fields { get; internal set; } = new([]);

    public bool IsOneOf { get; internal set; }
}
