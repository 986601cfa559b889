using System.Globalization;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>The built-in <c>Int</c>: a signed 32-bit integer (spec §3.5.1).</summary>
public sealed class IntType : ScalarType
{
    internal IntType()
        : base("Int", "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
    {
    }

    public override bool CanSerialize(Type clrType) => clrType == typeof(bool) || clrType == typeof(string) || ClrNumbers.IsNumberType(clrType);

    public override object? Serialize(object? value) => value switch
    {
        bool b => b ? 1 : 0,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => ToInt(parsed, value),
        _ when ClrNumbers.TryGetDouble(value, out var number) => ToInt(number, value),
        _ => throw CannotRepresent("non-integer value", value),
    };

    public override object? ParseLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode integer)
        {
            throw CannotRepresent("non-integer value", literal);
        }

        return int.TryParse(integer.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw CannotRepresent("non 32-bit signed integer value", literal);
    }

    protected override object? ParseClrValue(object value) =>
        ClrNumbers.TryGetDouble(value, out var number) ? ToInt(number, value) : throw CannotRepresent("non-integer value", value);

    private int ToInt(double number, object? value)
    {
        if (!ClrNumbers.IsIntegral(number))
        {
            throw CannotRepresent("non-integer value", value);
        }

        return number is >= int.MinValue and <= int.MaxValue
            ? (int)number
            : throw CannotRepresent("non 32-bit signed integer value", value);
    }
}
