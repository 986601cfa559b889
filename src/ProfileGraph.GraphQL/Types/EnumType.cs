using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>An enum type (spec §3.9). Values are represented at run time by their names; CLR enums serialize by name.</summary>
public sealed class EnumType : LeafType
{
    internal EnumType(string name)
        : base(name, null)
    {
    }

    public override TypeKind Kind => TypeKind.Enum;

    public NamedCollection<EnumValue> Values { get; internal set; } = new([]);

    public override object? Serialize(object? value) =>
        (value is string or Enum) && Values.TryGet(value.ToString()!, out var known)
            ? known.Name
            : throw new GraphQLCoercionException($"Enum \"{Name}\" cannot represent value: {ValueInspector.Inspect(value)}");

    public override object? ParseLiteral(ValueNode literal) => literal is EnumValueNode node
        ? Known(node.Value)
        : throw new GraphQLCoercionException($"Enum \"{Name}\" cannot represent non-enum value: {SyntaxPrinter.Print(literal)}.");

    protected override object? ParseClrValue(object value) => value is string name
        ? Known(name)
        : throw new GraphQLCoercionException($"Enum \"{Name}\" cannot represent non-string value: {ValueInspector.Inspect(value)}.");

    private string Known(string name) => Values.Contains(name)
        ? name
        : throw new GraphQLCoercionException($"Value \"{name}\" does not exist in \"{Name}\" enum.");
}
