using System.Globalization;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>The built-in <c>Float</c>: a finite double-precision number (spec §3.5.2).</summary>
public sealed class FloatType : ScalarType
{
    internal FloatType()
        : base("Float", "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
    {
    }

    public override bool CanSerialize(Type clrType) => clrType == typeof(bool) || clrType == typeof(string) || ClrNumbers.IsNumberType(clrType);

    public override object? Serialize(object? value) => value switch
    {
        bool b => b ? 1d : 0d,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => Finite(parsed, value),
        { } other => ParseClrValue(other),
        _ => throw CannotRepresent("non numeric value", value),
    };

    public override object? ParseLiteral(ValueNode literal) =>
        literal is IntValueNode or FloatValueNode
        && double.TryParse(SyntaxPrinter.Print(literal), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
        && double.IsFinite(number)
            ? number
            : throw CannotRepresent("non numeric value", literal);

    protected override object? ParseClrValue(object value) =>
        ClrNumbers.TryGetDouble(value, out var number) ? Finite(number, value) : throw CannotRepresent("non numeric value", value);

    private double Finite(double number, object? value) =>
        double.IsFinite(number) ? number : throw CannotRepresent("non numeric value", value);
}
