using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>The built-in <c>String</c>: UTF-8 text (spec §3.5.3).</summary>
public sealed class StringType : ScalarType
{
    internal StringType()
        : base("String", "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
    {
    }

    public override bool CanSerialize(Type clrType) => clrType == typeof(string) || clrType == typeof(char) || clrType == typeof(bool) || ClrNumbers.IsNumberType(clrType);

    public override object? Serialize(object? value) => value switch
    {
        string s => s,
        char c => c.ToString(),
        bool b => b ? "true" : "false",
        _ when ClrNumbers.TryGetDouble(value, out var number) && double.IsFinite(number) => JsNumber.Format(number),
        _ => throw CannotRepresent("value", value),
    };

    public override object? ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s ? s.Value : throw CannotRepresent("a non string value", literal);

    protected override object? ParseClrValue(object value) =>
        value is string s ? s : throw CannotRepresent("a non string value", value);
}
