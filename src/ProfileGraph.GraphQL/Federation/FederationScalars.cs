using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Federation;

/// <summary>
/// <c>_Any</c>: an entity representation, a JSON object with a <c>__typename</c> string (Apollo's subgraph
/// specification). Input coercion gives an <see cref="EntityRepresentation"/>; anything else is refused.
/// </summary>
internal sealed class AnyType : ScalarType
{
    public const string TypeName = "_Any";

    public AnyType()
        : base(TypeName)
    {
    }

    public override object? Serialize(object? value) => value;

    public override object? ParseLiteral(ValueNode literal) => literal is ObjectValueNode
        ? Parse(LiteralValues.ToUntyped(literal), SyntaxPrinter.Print(literal))
        : throw CannotRepresent("a non-object value", literal);

    protected override object? ParseClrValue(object value) => value is IReadOnlyDictionary<string, object?> or IDictionary<string, object?>
        ? Parse(value, ValueInspector.Inspect(value))
        : throw CannotRepresent("a non-object value", value);

    private EntityRepresentation Parse(object? value, string shown) => EntityRepresentation.From(value)
        ?? throw new GraphQLCoercionException($"{Name} cannot represent an object without a \"__typename\" string naming its type: {shown}");
}

/// <summary>
/// <c>FieldSet</c> (or <c>federation__FieldSet</c>): the string of fields in <c>@key</c>, <c>@requires</c> and
/// <c>@provides</c>, such as <c>"id"</c> or <c>"sku variation { id }"</c>.
/// </summary>
internal sealed class FieldSetType(string name) : ScalarType(name)
{
    public override bool CanSerialize(Type clrType) => clrType == typeof(string);

    public override object? Serialize(object? value) => value as string ?? throw CannotRepresent("a non string value", value);

    public override object? ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s ? s.Value : throw CannotRepresent("a non string value", literal);

    protected override object? ParseClrValue(object value) =>
        value is string s ? s : throw CannotRepresent("a non string value", value);
}
