using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types.Values;

namespace ProfileGraph.GraphQL.Types;

/// <summary>The built-in <c>Boolean</c> (spec §3.5.4).</summary>
public sealed class BooleanType : ScalarType
{
    internal BooleanType()
        : base("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
    {
    }

    public override bool CanSerialize(Type clrType) => clrType == typeof(bool) || ClrNumbers.IsNumberType(clrType);

    public override object? Serialize(object? value) => value switch
    {
        bool => value,
        _ when ClrNumbers.TryGetDouble(value, out var number) && double.IsFinite(number) => Boxed.Bool(number != 0),
        _ => throw CannotRepresent("a non boolean value", value),
    };

    public override object? ParseLiteral(ValueNode literal) =>
        literal is BooleanValueNode b ? b.Value : throw CannotRepresent("a non boolean value", literal);

    protected override object? ParseClrValue(object value) =>
        value is bool b ? b : throw CannotRepresent("a non boolean value", value);
}
