using System.Text.Json;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Tests.Types;

public sealed class ScalarCoercionTests
{
    private static readonly Dictionary<string, ScalarType> ByName = new()
    {
        ["Int"] = Scalars.Int, ["Float"] = Scalars.Float, ["String"] = Scalars.String, ["Boolean"] = Scalars.Boolean,
        ["ID"] = Scalars.ID, ["DateTime"] = Scalars.DateTime, ["URL"] = Scalars.Url,
    };

    [Theory]
    [InlineData("Int", "42", 42)]
    [InlineData("Int", "-2147483648", int.MinValue)]
    [InlineData("Float", "1.5", 1.5)]
    [InlineData("Float", "2", 2d)]
    [InlineData("String", "\"a\"", "a")]
    [InlineData("Boolean", "true", true)]
    [InlineData("ID", "\"x1\"", "x1")]
    [InlineData("ID", "123", "123")]
    [InlineData("URL", "\"https://example.com/a?b=c\"", "https://example.com/a?b=c")]
    public void Literal_input_coerces(string scalar, string literal, object expected)
    {
        var value = ByName[scalar].ParseLiteral(Utf8GraphQLParser.ParseConstValue(literal));
        Assert.Equal(expected, value is Uri uri ? uri.AbsoluteUri : value);
    }

    [Theory]
    [InlineData("Int", "2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("Int", "1.5", "Int cannot represent non-integer value: 1.5")]
    [InlineData("Int", "\"1\"", "Int cannot represent non-integer value: \"1\"")]
    [InlineData("Float", "\"1.5\"", "Float cannot represent non numeric value: \"1.5\"")]
    [InlineData("Float", "1e400", "Float cannot represent non numeric value: 1e400")]
    [InlineData("String", "1", "String cannot represent a non string value: 1")]
    [InlineData("Boolean", "1", "Boolean cannot represent a non boolean value: 1")]
    [InlineData("ID", "1.5", "ID cannot represent a non-string and non-integer value: 1.5")]
    [InlineData("ID", "true", "ID cannot represent a non-string and non-integer value: true")]
    [InlineData("DateTime", "\"2024-01-01\"", "DateTime cannot represent an invalid date-time value: \"2024-01-01\"")]
    [InlineData("DateTime", "\"2024-01-01T10:00:00\"", "DateTime cannot represent an invalid date-time value: \"2024-01-01T10:00:00\"")]
    [InlineData("URL", "\"/relative\"", "URL cannot represent an invalid URL value: \"/relative\"")]
    [InlineData("URL", "1", "URL cannot represent an invalid URL value: 1")]
    public void Literal_input_rejects(string scalar, string literal, string message)
    {
        var error = Assert.Throws<GraphQLCoercionException>(() => ByName[scalar].ParseLiteral(Utf8GraphQLParser.ParseConstValue(literal)));
        Assert.Equal(message, error.Message);
    }

    public static TheoryData<string, object?, object?> ValidValues => new()
    {
        { "Int", 7, 7 },
        { "Int", 7L, 7 },
        { "Int", 7.0, 7 },
        { "Float", 7, 7d },
        { "Float", 1.25, 1.25 },
        { "String", "s", "s" },
        { "Boolean", false, false },
        { "ID", "a", "a" },
        { "ID", 12, "12" },
        { "ID", 12L, "12" },
        { "Int", null, null },
    };

    [Theory]
    [MemberData(nameof(ValidValues))]
    public void Variable_input_coerces(string scalar, object? input, object? expected) =>
        Assert.Equal(expected, ByName[scalar].ParseValue(input));

    [Theory]
    [InlineData("Int", "3000000000", "Int cannot represent non 32-bit signed integer value: 3000000000")]
    [InlineData("Int", "1.5", "Int cannot represent non-integer value: 1.5")]
    [InlineData("Int", "\"1\"", "Int cannot represent non-integer value: \"1\"")]
    [InlineData("Int", "true", "Int cannot represent non-integer value: true")]
    [InlineData("Float", "\"x\"", "Float cannot represent non numeric value: \"x\"")]
    [InlineData("String", "true", "String cannot represent a non string value: true")]
    [InlineData("Boolean", "0", "Boolean cannot represent a non boolean value: 0")]
    [InlineData("ID", "1.5", "ID cannot represent value: 1.5")]
    [InlineData("ID", "[1]", "ID cannot represent value: [1]")]
    [InlineData("DateTime", "\"yesterday\"", "DateTime cannot represent an invalid date-time value: \"yesterday\"")]
    [InlineData("URL", "\"not a url\"", "URL cannot represent an invalid URL value: \"not a url\"")]
    public void Json_variable_input_rejects(string scalar, string json, string message)
    {
        using var document = JsonDocument.Parse(json);
        var error = Assert.Throws<GraphQLCoercionException>(() => ByName[scalar].ParseValue(document.RootElement.Clone()));
        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("Int", "5", 5)]
    [InlineData("Float", "5.5", 5.5)]
    [InlineData("String", "\"é\"", "é")]
    [InlineData("Boolean", "true", true)]
    [InlineData("ID", "5", "5")]
    public void Json_variable_input_coerces(string scalar, string json, object expected)
    {
        using var document = JsonDocument.Parse(json);
        Assert.Equal(expected, ByName[scalar].ParseValue(document.RootElement.Clone()));
    }

    public static TheoryData<string, object?, object?> Results => new()
    {
        { "Int", 1, 1 },
        { "Int", 1.0, 1 },
        { "Int", "12", 12 },
        { "Int", true, 1 },
        { "Float", 1, 1d },
        { "Float", "1.5", 1.5 },
        { "Float", false, 0d },
        { "String", "s", "s" },
        { "String", 1.5, "1.5" },
        { "String", true, "true" },
        { "Boolean", true, true },
        { "Boolean", 0, false },
        { "ID", 5, "5" },
        { "ID", "x", "x" },
        { "DateTime", new DateTimeOffset(2024, 2, 29, 12, 30, 0, TimeSpan.Zero), "2024-02-29T12:30:00.000Z" },
        { "DateTime", new DateTimeOffset(2024, 2, 29, 12, 30, 0, TimeSpan.FromHours(2)), "2024-02-29T12:30:00.000+02:00" },
        { "DateTime", "2024-02-29T12:30:00.5-05:00", "2024-02-29T12:30:00.500-05:00" },
        { "URL", new Uri("https://example.com/x"), "https://example.com/x" },
    };

    [Theory]
    [MemberData(nameof(Results))]
    public void Result_coerces(string scalar, object? value, object? expected) =>
        Assert.Equal(expected, ByName[scalar].Serialize(value));

    public static TheoryData<string, object?, string> BadResults => new()
    {
        { "Int", 2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648" },
        { "Int", 1.5, "Int cannot represent non-integer value: 1.5" },
        { "Int", "abc", "Int cannot represent non-integer value: \"abc\"" },
        { "Float", double.NaN, "Float cannot represent non numeric value: NaN" },
        { "Float", double.PositiveInfinity, "Float cannot represent non numeric value: Infinity" },
        { "String", new object[] { 1 }, "String cannot represent value: [1]" },
        { "Boolean", "true", "Boolean cannot represent a non boolean value: \"true\"" },
        { "ID", 1.5, "ID cannot represent value: 1.5" },
        { "DateTime", 5, "DateTime cannot represent a non date-time value: 5" },
        { "URL", new Uri("/x", UriKind.Relative), "URL cannot represent a non URL value: /x" },
    };

    [Theory]
    [MemberData(nameof(BadResults))]
    public void Result_rejects(string scalar, object? value, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLCoercionException>(() => ByName[scalar].Serialize(value)).Message);

    [Fact]
    public void DateTime_literal_parses_to_an_offset()
    {
        var value = Scalars.DateTime.ParseLiteral(new StringValueNode(null, "2024-01-01T10:00:00.123+01:00", false));
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 10, 0, 0, 123, TimeSpan.FromHours(1)), value);
    }

    [Fact]
    public void Shipped_scalars_carry_their_specification_urls()
    {
        Assert.Equal("https://scalars.graphql.org/chillicream/date-time.html", Scalars.DateTime.SpecifiedByUrl);
        Assert.Equal("https://url.spec.whatwg.org/", Scalars.Url.SpecifiedByUrl);
    }

    [Fact]
    public void Enum_and_input_objects_coerce_literals_and_values()
    {
        var schema = SchemaBuilder.Build("""
            type Query { f(a: In): Int }
            enum Color { RED GREEN }
            input In { color: Color! = RED, list: [Int], one: One }
            input One @oneOf { a: Int, b: String }
            """);
        var input = schema.GetType<InputObjectType>("In")!;
        var coerced = (Dictionary<string, object?>)InputCoercion.CoerceLiteral(Utf8GraphQLParser.ParseConstValue("{list: 1}"), input)!;
        Assert.Equal("RED", coerced["color"]);
        Assert.Equal([1], (List<object?>)coerced["list"]!);

        var color = schema.GetType<EnumType>("Color")!;
        Assert.Equal("Value \"BLUE\" does not exist in \"Color\" enum.", Assert.Throws<GraphQLCoercionException>(() => color.ParseValue("BLUE")).Message);
        Assert.Equal("Enum \"Color\" cannot represent non-enum value: \"RED\".", Assert.Throws<GraphQLCoercionException>(() => color.ParseLiteral(new StringValueNode(null, "RED", false))).Message);
        Assert.Equal("GREEN", color.Serialize("GREEN"));

        using var json = JsonDocument.Parse("""{"a": 1, "b": "x"}""");
        Assert.Equal(
            "Exactly one key must be specified for OneOf type \"One\".",
            Assert.Throws<GraphQLCoercionException>(() => InputCoercion.CoerceValue(json.RootElement.Clone(), schema.GetType("One")!)).Message);
        Assert.Equal(
            "Field \"x\" is not defined by type \"In\".",
            Assert.Throws<GraphQLCoercionException>(() => InputCoercion.CoerceLiteral(Utf8GraphQLParser.ParseConstValue("{x: 1}"), input)).Message);
    }
}
