using System.Globalization;
using System.Text.RegularExpressions;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// <c>DateTime</c>: an RFC 3339 date-time with a required offset, as in ChilliCream's date-time scalar spec.
/// Coerces to <see cref="DateTimeOffset"/> and serializes with millisecond precision, UTC as <c>Z</c>.
/// </summary>
public sealed partial class DateTimeType : ScalarType
{
    public DateTimeType()
        : base("DateTime", "The `DateTime` scalar represents an exact point in time as an RFC 3339 date-time string with an offset.", "https://scalars.graphql.org/chillicream/date-time.html")
    {
    }

    public override bool CanSerialize(Type clrType) => clrType == typeof(DateTimeOffset) || clrType == typeof(DateTime) || clrType == typeof(string);

    public override object? Serialize(object? value) => value switch
    {
        DateTimeOffset offset => Format(offset),
        DateTime dateTime when dateTime.Kind != DateTimeKind.Unspecified => Format(new DateTimeOffset(dateTime)),
        string s => Format(Parse(s, value)),
        _ => throw CannotRepresent("a non date-time value", value),
    };

    public override object? ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s && TryParse(s.Value, out var result) ? result : throw CannotRepresent("an invalid date-time value", literal);

    protected override object? ParseClrValue(object value) =>
        value is string s ? Parse(s, value) : throw CannotRepresent("an invalid date-time value", value);

    private static string Format(DateTimeOffset value) => value.Offset == TimeSpan.Zero
        ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)
        : value.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    private DateTimeOffset Parse(string text, object? value) =>
        TryParse(text, out var result) ? result : throw CannotRepresent("an invalid date-time value", value);

    private static bool TryParse(string text, out DateTimeOffset result)
    {
        result = default;
        return Rfc3339().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out result);
    }

    // RFC 3339 §5.6 date-time; the offset is required, leap seconds are not supported by DateTimeOffset.
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,7})?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();
}
