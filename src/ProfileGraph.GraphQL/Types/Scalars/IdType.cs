using System.Globalization;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>The built-in <c>ID</c>: accepts strings and integers, always serialized as a string (spec §3.5.5).</summary>
public sealed class IdType : ScalarType
{
    internal IdType()
        : base("ID", "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
    {
    }

    public override bool CanSerialize(Type clrType) => clrType == typeof(string) || clrType == typeof(Guid) || ClrNumbers.IsNumberType(clrType);

    public override object? Serialize(object? value) => value switch
    {
        Guid g => g.ToString(),
        { } other => ParseClrValue(other),
        _ => throw CannotRepresent("value", value),
    };

    public override object? ParseLiteral(ValueNode literal) => literal switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw CannotRepresent("a non-string and non-integer value", literal),
    };

    protected override object? ParseClrValue(object value) => value switch
    {
        string s => s,
        _ when ClrNumbers.TryGetDouble(value, out var number) && ClrNumbers.IsIntegral(number) =>
            value is double or float or decimal ? JsNumber.Format(number) : Convert.ToString(value, CultureInfo.InvariantCulture),
        _ => throw CannotRepresent("value", value),
    };
}
