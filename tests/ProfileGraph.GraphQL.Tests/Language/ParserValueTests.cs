using ProfileGraph.GraphQL.Language;
using static ProfileGraph.GraphQL.Tests.Language.AstAssert;

namespace ProfileGraph.GraphQL.Tests.Language;

/// <summary>Value literals (spec §2.9) and type references (§2.11), in documents and through the standalone entry points.</summary>
public sealed class ParserValueTests
{
    private static ValueNode ArgumentValue(string value) =>
        Assert.Single(Assert.IsType<FieldNode>(Assert.IsType<OperationDefinitionNode>(Parse($"{{ f(a: {value}) }}").Definitions[0]).SelectionSet.Selections[0]).Arguments).Value;

    private static void ValueError(string source, string message, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Utf8GraphQLParser.ParseValue(source));
        SyntaxError(error, message, 1, column);
    }

    private static void ConstValueError(string source, string message, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Utf8GraphQLParser.ParseConstValue(source));
        SyntaxError(error, message, 1, column);
    }

    private static void TypeError(string source, string message, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Utf8GraphQLParser.ParseType(source));
        SyntaxError(error, message, 1, column);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("123")]
    [InlineData("-456")]
    [InlineData("12345678901234567890123456789")]
    public void ParsesIntsAsTheirSourceText(string text)
    {
        var value = Assert.IsType<IntValueNode>(ArgumentValue(text));
        Assert.Equal((SyntaxKind.IntValue, text), (value.Kind, value.Value));
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.0")]
    [InlineData("1e10")]
    [InlineData("1E-10")]
    [InlineData("6.022e+23")]
    [InlineData("-1.5e3")]
    public void ParsesFloatsAsTheirSourceText(string text)
    {
        var value = Assert.IsType<FloatValueNode>(ArgumentValue(text));
        Assert.Equal((SyntaxKind.FloatValue, text), (value.Kind, value.Value));
    }

    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\"text\"", "text")]
    [InlineData("\"esc \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u0041 \\u{1F600}\"", "esc \" \\ / \b \f \n \r \t A \U0001F600")]
    [InlineData("\"é 日本 \U0001F600\"", "é 日本 \U0001F600")]
    public void ParsesStrings(string text, string expected)
    {
        var value = Assert.IsType<StringValueNode>(ArgumentValue(text));
        Assert.Equal((SyntaxKind.StringValue, expected, false), (value.Kind, value.Value, value.Block));
    }

    [Fact]
    public void ParsesBlockStrings()
    {
        var value = Assert.IsType<StringValueNode>(ArgumentValue("\"\"\"\n    first\n      second \\\"\"\"\n  \"\"\""));
        Assert.Equal((SyntaxKind.StringValue, "first\n  second \"\"\"", true), (value.Kind, value.Value, value.Block));
    }

    [Fact]
    public void ParsesBooleansAndNull()
    {
        Assert.True(Assert.IsType<BooleanValueNode>(ArgumentValue("true")).Value);
        Assert.False(Assert.IsType<BooleanValueNode>(ArgumentValue("false")).Value);
        Assert.Equal(SyntaxKind.BooleanValue, ArgumentValue("true").Kind);
        Assert.Equal(SyntaxKind.NullValue, Assert.IsType<NullValueNode>(ArgumentValue("null")).Kind);
    }

    [Theory]
    [InlineData("ENUM")]
    [InlineData("on")]
    [InlineData("query")]
    [InlineData("True")]
    [InlineData("NULL")]
    [InlineData("nullish")]
    [InlineData("_")]
    public void ParsesOtherNamesAsEnumValues(string name)
    {
        var value = Assert.IsType<EnumValueNode>(ArgumentValue(name));
        Assert.Equal((SyntaxKind.EnumValue, name), (value.Kind, value.Value));
    }

    [Fact]
    public void ParsesVariables()
    {
        var value = Assert.IsType<VariableNode>(ArgumentValue("$var"));
        Assert.Equal((SyntaxKind.Variable, "var"), (value.Kind, value.Name.Value));
        Assert.Equal("v", Assert.IsType<VariableNode>(ArgumentValue("$ v")).Name.Value);
    }

    [Fact]
    public void ParsesLists()
    {
        var list = Assert.IsType<ListValueNode>(ArgumentValue("[1, \"two\" [3.0] {four: 4} $five, null]"));
        Assert.Equal(SyntaxKind.ListValue, list.Kind);
        Assert.Equal(
            [SyntaxKind.IntValue, SyntaxKind.StringValue, SyntaxKind.ListValue, SyntaxKind.ObjectValue, SyntaxKind.Variable, SyntaxKind.NullValue],
            list.Values.Select(v => v.Kind));
        Assert.Empty(Assert.IsType<ListValueNode>(ArgumentValue("[]")).Values);
        var nested = Assert.IsType<ListValueNode>(ArgumentValue("[[[]]]"));
        Assert.Empty(Assert.IsType<ListValueNode>(Assert.Single(Assert.IsType<ListValueNode>(Assert.Single(nested.Values)).Values)).Values);
    }

    [Fact]
    public void ParsesObjects()
    {
        var value = Assert.IsType<ObjectValueNode>(ArgumentValue("{a: 1, b: {c: [true]}, a: $v}"));
        Assert.Equal(SyntaxKind.ObjectValue, value.Kind);
        Assert.Equal(["a", "b", "a"], value.Fields.Select(f => f.Name.Value));
        Assert.All(value.Fields, f => Assert.Equal(SyntaxKind.ObjectField, f.Kind));
        var inner = Assert.IsType<ObjectValueNode>(value.Fields[1].Value);
        Assert.IsType<ListValueNode>(Assert.Single(inner.Fields).Value);
        Assert.IsType<VariableNode>(value.Fields[2].Value);
        Assert.Empty(Assert.IsType<ObjectValueNode>(ArgumentValue("{}")).Fields);
    }

    [Fact]
    public void LocatesValues()
    {
        const string source = "[1, {a: \"b\"}]";
        var list = Assert.IsType<ListValueNode>(Utf8GraphQLParser.ParseValue(source));
        Located(list, 0, 13, 1, 1);
        Located(list.Values[0], 1, 2, 1, 2);
        var obj = Assert.IsType<ObjectValueNode>(list.Values[1]);
        Located(obj, 4, 12, 1, 5);
        Located(obj.Fields[0], 5, 11, 1, 6);
        Located(obj.Fields[0].Value, 8, 11, 1, 9);
    }

    [Fact]
    public void ParseValueAcceptsEveryLiteral()
    {
        Assert.IsType<NullValueNode>(Utf8GraphQLParser.ParseValue("null"));
        Assert.IsType<VariableNode>(Utf8GraphQLParser.ParseValue("$var"));
        Assert.IsType<StringValueNode>(Utf8GraphQLParser.ParseValue("\"\"\"block\"\"\""));
        var list = Assert.IsType<ListValueNode>(Utf8GraphQLParser.ParseValue("[123 \"abc\"]"));
        Assert.Equal(("123", "abc"), (Assert.IsType<IntValueNode>(list.Values[0]).Value, Assert.IsType<StringValueNode>(list.Values[1]).Value));
        var obj = Assert.IsType<ObjectValueNode>(Utf8GraphQLParser.ParseValue("{ a: [$v] }"));
        Assert.IsType<VariableNode>(Assert.Single(Assert.IsType<ListValueNode>(Assert.Single(obj.Fields).Value).Values));
    }

    [Fact]
    public void ParseValueRejectsMalformedValuesAndTrailingTokens()
    {
        ValueError("", "Syntax Error: Unexpected <EOF>.", 1);
        ValueError("[", "Syntax Error: Unexpected <EOF>.", 2);
        ValueError("[1, 2", "Syntax Error: Unexpected <EOF>.", 6);
        ValueError("{a}", "Syntax Error: Expected \":\", found \"}\".", 3);
        ValueError("{a:}", "Syntax Error: Unexpected \"}\".", 4);
        ValueError("{1: 2}", "Syntax Error: Expected Name, found Int \"1\".", 2);
        ValueError("$", "Syntax Error: Expected Name, found <EOF>.", 2);
        ValueError("$1", "Syntax Error: Expected Name, found Int \"1\".", 2);
        ValueError("1 2", "Syntax Error: Expected <EOF>, found Int \"2\".", 3);
        ValueError("\"a\" \"b\"", "Syntax Error: Expected <EOF>, found String \"b\".", 5);
        ValueError(")", "Syntax Error: Unexpected \")\".", 1);
        ValueError("...", "Syntax Error: Unexpected \"...\".", 1);
    }

    [Fact]
    public void ParseConstValueAcceptsConstantValues()
    {
        var obj = Assert.IsType<ObjectValueNode>(Utf8GraphQLParser.ParseConstValue("{a: [1, \"b\", ENUM, null, {c: true}]}"));
        Assert.Equal(5, Assert.IsType<ListValueNode>(Assert.Single(obj.Fields).Value).Values.Count);
    }

    [Fact]
    public void ParseConstValueRejectsVariablesWithGraphQLJsMessage()
    {
        ConstValueError("$var", "Syntax Error: Unexpected variable \"$var\" in constant value.", 1);
        ConstValueError("[1, $var]", "Syntax Error: Unexpected variable \"$var\" in constant value.", 5);
        ConstValueError("{a: {b: $var}}", "Syntax Error: Unexpected variable \"$var\" in constant value.", 9);
        ConstValueError("$", "Syntax Error: Unexpected \"$\".", 1);
        ConstValueError("$1", "Syntax Error: Unexpected \"$\".", 1);
        ConstValueError("$ a", "Syntax Error: Unexpected variable \"$a\" in constant value.", 1);
    }

    [Fact]
    public void VariablesAreRejectedInEveryConstantContext()
    {
        SyntaxError("query Q($a: Int = $b) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 19);
        SyntaxError("type T @d(a: $v) { a: Int }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 14);
        SyntaxError("type T { a(b: Int = $v): Int }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 21);
        SyntaxError("input I { a: Int = [$x] }", "Syntax Error: Unexpected variable \"$x\" in constant value.", 1, 21);
        SyntaxError("schema @d(a: {b: $c}) { query: Q }", "Syntax Error: Unexpected variable \"$c\" in constant value.", 1, 18);
        SyntaxError("enum E { A @d(a: $v) }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 18);
        SyntaxError("directive @d(a: Int = $v) on FIELD", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 23);
        SyntaxError("extend scalar S @d(a: $v)", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 23);
    }

    [Fact]
    public void VariablesAreAllowedInExecutableDirectivesAndArguments()
    {
        var document = Parse("query Q @d(a: $v) { f(a: {b: [$v]}) @e(x: $v) ...F @g(y: $v) } fragment F on T @h(z: $v) { a }");
        Assert.Equal(5, Descendants(document).OfType<VariableNode>().Count());
    }

    [Fact]
    public void ParsesNamedTypes()
    {
        var type = Assert.IsType<NamedTypeNode>(Utf8GraphQLParser.ParseType("String"));
        Assert.Equal((SyntaxKind.NamedType, "String"), (type.Kind, type.Name.Value));
        Located(type, 0, 6, 1, 1);
        Located(type.Name, 0, 6, 1, 1);
    }

    [Fact]
    public void ParsesListTypes()
    {
        var type = Assert.IsType<ListTypeNode>(Utf8GraphQLParser.ParseType("[MyType]"));
        Assert.Equal(SyntaxKind.ListType, type.Kind);
        Assert.Equal("MyType", Assert.IsType<NamedTypeNode>(type.Type).Name.Value);
        Located(type, 0, 8, 1, 1);
        Located(type.Type, 1, 7, 1, 2);
    }

    [Fact]
    public void ParsesNonNullTypes()
    {
        var type = Assert.IsType<NonNullTypeNode>(Utf8GraphQLParser.ParseType("MyType!"));
        Assert.Equal(SyntaxKind.NonNullType, type.Kind);
        Assert.Equal("MyType", Assert.IsType<NamedTypeNode>(type.Type).Name.Value);
        Located(type, 0, 7, 1, 1);
        Located(type.Type, 0, 6, 1, 1);
    }

    [Fact]
    public void ParsesNestedTypes()
    {
        var outer = Assert.IsType<NonNullTypeNode>(Utf8GraphQLParser.ParseType("[[Int!]]!"));
        var list = Assert.IsType<ListTypeNode>(outer.Type);
        var inner = Assert.IsType<ListTypeNode>(list.Type);
        var nonNull = Assert.IsType<NonNullTypeNode>(inner.Type);
        Assert.Equal("Int", Assert.IsType<NamedTypeNode>(nonNull.Type).Name.Value);
        Located(outer, 0, 9, 1, 1);
        Located(list, 0, 8, 1, 1);
        Located(inner, 1, 7, 1, 2);
        Located(nonNull, 2, 6, 1, 3);
        Assert.Equal("[[Int!]]!", SyntaxPrinter.Print(outer));
    }

    [Fact]
    public void ParseTypeRejectsMalformedTypes()
    {
        TypeError("", "Syntax Error: Expected Name, found <EOF>.", 1);
        TypeError("!", "Syntax Error: Expected Name, found \"!\".", 1);
        TypeError("[String", "Syntax Error: Expected \"]\", found <EOF>.", 8);
        TypeError("[]", "Syntax Error: Expected Name, found \"]\".", 2);
        TypeError("String!!", "Syntax Error: Expected <EOF>, found \"!\".", 8);
        TypeError("[String]!!", "Syntax Error: Expected <EOF>, found \"!\".", 10);
        TypeError("String Int", "Syntax Error: Expected <EOF>, found Name \"Int\".", 8);
        TypeError("\"s\"", "Syntax Error: Expected Name, found String \"s\".", 1);
    }

    [Fact]
    public void TypeReferencesAppearInVariablesArgumentsAndFields()
    {
        var document = Parse("query Q($a: [Int!]!) { a } type T { f(a: [[B]]): C! } input I { x: [X] }");
        var outermost = Descendants(document).Where(n => n is TypeNode && Parent(document, n) is not TypeNode).Select(SyntaxPrinter.Print);
        Assert.Equal(["[Int!]!", "[[B]]", "C!", "[X]"], outermost);
    }

    private static SyntaxNode? Parent(SyntaxNode root, SyntaxNode child) =>
        Descendants(root).FirstOrDefault(n => n.GetChildren().Any(c => ReferenceEquals(c, child)));
}
