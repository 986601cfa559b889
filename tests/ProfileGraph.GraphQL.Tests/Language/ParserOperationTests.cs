using ProfileGraph.GraphQL.Language;
using static ProfileGraph.GraphQL.Tests.Language.AstAssert;

namespace ProfileGraph.GraphQL.Tests.Language;

/// <summary>Executable documents (spec §2.2 – §2.8, §2.10, §2.12): every production, its nodes and locations.</summary>
public sealed class ParserOperationTests
{
    private static OperationDefinitionNode Operation(string source) =>
        Assert.IsType<OperationDefinitionNode>(Assert.Single(Parse(source).Definitions));

    private static FieldNode FirstField(string source) =>
        Assert.IsType<FieldNode>(Operation(source).SelectionSet.Selections[0]);

    [Fact]
    public void ParsesTheShorthandQuery()
    {
        var operation = Operation("{ a }");
        Assert.Equal(SyntaxKind.OperationDefinition, operation.Kind);
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Null(operation.Description);
        Assert.Empty(operation.VariableDefinitions);
        Assert.Empty(operation.Directives);
        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal("a", field.Name.Value);
    }

    [Fact]
    public void AnEmptySelectionSetIsAnError() =>
        SyntaxError("{ }", "Syntax Error: Expected Name, found \"}\".", 1, 3);

    [Theory]
    [InlineData("query { a }", OperationType.Query, null)]
    [InlineData("query Q { a }", OperationType.Query, "Q")]
    [InlineData("mutation { a }", OperationType.Mutation, null)]
    [InlineData("mutation M { a }", OperationType.Mutation, "M")]
    [InlineData("subscription { a }", OperationType.Subscription, null)]
    [InlineData("subscription S { a }", OperationType.Subscription, "S")]
    public void ParsesEveryOperationType(string source, OperationType type, string? name)
    {
        var operation = Operation(source);
        Assert.Equal(type, operation.Operation);
        Assert.Equal(name, operation.Name?.Value);
    }

    [Fact]
    public void OperationTypeKeywordsAreOrdinaryNamesElsewhere()
    {
        var document = Parse("query query { query mutation: subscription fragment on }\nfragment query on mutation { subscription }");
        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal("query", operation.Name?.Value);
        Assert.Equal(["query", "subscription", "fragment", "on"], operation.SelectionSet.Selections.Cast<FieldNode>().Select(f => f.Name.Value));
        Assert.Equal("mutation", operation.SelectionSet.Selections.Cast<FieldNode>().ElementAt(1).Alias?.Value);
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal(("query", "mutation"), (fragment.Name.Value, fragment.TypeCondition.Name.Value));
    }

    [Fact]
    public void ParsesVariableDefinitionsWithTypesDefaultsAndDirectives()
    {
        var operation = Operation("query Q($a: Int, $b: [String!]! = [\"x\"] @dir(c: 1) @other, $c: In = {f: ENUM}) { a }");
        Assert.Equal(3, operation.VariableDefinitions.Count);

        var a = operation.VariableDefinitions[0];
        Assert.Equal(SyntaxKind.VariableDefinition, a.Kind);
        Assert.Equal("a", a.Variable.Name.Value);
        Assert.Equal("Int", Assert.IsType<NamedTypeNode>(a.Type).Name.Value);
        Assert.Null(a.DefaultValue);
        Assert.Empty(a.Directives);
        Assert.Null(a.Description);

        var b = operation.VariableDefinitions[1];
        var list = Assert.IsType<ListTypeNode>(Assert.IsType<NonNullTypeNode>(b.Type).Type);
        Assert.Equal("String", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(list.Type).Type).Name.Value);
        Assert.Equal("x", Assert.IsType<StringValueNode>(Assert.Single(Assert.IsType<ListValueNode>(b.DefaultValue).Values)).Value);
        Assert.Equal(["dir", "other"], b.Directives.Select(d => d.Name.Value));
        Assert.Equal("1", Assert.IsType<IntValueNode>(Assert.Single(b.Directives[0].Arguments).Value).Value);

        var c = operation.VariableDefinitions[2];
        var field = Assert.Single(Assert.IsType<ObjectValueNode>(c.DefaultValue).Fields);
        Assert.Equal(("f", "ENUM"), (field.Name.Value, Assert.IsType<EnumValueNode>(field.Value).Value));
    }

    [Fact]
    public void VariableDefinitionsNeedAType()
    {
        SyntaxError("query Q($a) { a }", "Syntax Error: Expected \":\", found \")\".", 1, 11);
        SyntaxError("query Q($a Int) { a }", "Syntax Error: Expected \":\", found Name \"Int\".", 1, 12);
        SyntaxError("query Q(a: Int) { a }", "Syntax Error: Expected \"$\", found Name \"a\".", 1, 9);
        SyntaxError("query Q() { a }", "Syntax Error: Expected \"$\", found \")\".", 1, 9);
    }

    [Fact]
    public void DefaultValuesAndVariableDirectivesAreConstant()
    {
        SyntaxError("query Q($a: Int = $b) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 19);
        SyntaxError("query Q($a: Int @d(x: $b)) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 23);
        SyntaxError("query Q($a: [Int] = [1, $b]) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 25);
    }

    [Fact]
    public void ParsesDescriptionsOnOperationsFragmentsAndVariables()
    {
        var document = Parse(
            "\"op\" query Q(\"var\" $a: Int, \"\"\"block\"\"\" $b: Int) { a }\n" +
            "\"\"\"\n  frag\n\"\"\"\nfragment F on T { a }\n" +
            "\"m\" mutation { a } \"s\" subscription { a }");

        var query = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal(("op", false), (query.Description?.Value, query.Description?.Block));
        Assert.Equal(("var", false), (query.VariableDefinitions[0].Description?.Value, query.VariableDefinitions[0].Description?.Block));
        Assert.Equal(("block", true), (query.VariableDefinitions[1].Description?.Value, query.VariableDefinitions[1].Description?.Block));

        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal(("frag", true), (fragment.Description?.Value, fragment.Description?.Block));
        Assert.Equal("m", Assert.IsType<OperationDefinitionNode>(document.Definitions[2]).Description?.Value);
        Assert.Equal("s", Assert.IsType<OperationDefinitionNode>(document.Definitions[3]).Description?.Value);
    }

    [Fact]
    public void ADescribedOperationIsLocatedFromItsDescription()
    {
        const string source = "\"op\" query Q(\"var\" $a: Int) { a }";
        var operation = Operation(source);
        Located(operation, 0, source.Length, 1, 1);
        Located(operation.VariableDefinitions[0], 13, 26, 1, 14);
        Assert.Equal("\"var\" $a: Int", SourceOf(source, operation.VariableDefinitions[0]));
    }

    [Fact]
    public void DescriptionsAreNotAllowedOnTheShorthandQuery() =>
        SyntaxError("\"doc\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1);

    [Fact]
    public void ParsesFieldsWithAliasesArgumentsDirectivesAndSelections()
    {
        var field = FirstField("{ alias: name(a: 1, b: $v) @skip(if: true) @d { child } }");
        Assert.Equal(SyntaxKind.Field, field.Kind);
        Assert.Equal(("alias", "name", "alias"), (field.Alias?.Value, field.Name.Value, field.ResponseName));
        Assert.Equal(["a", "b"], field.Arguments.Select(a => a.Name.Value));
        Assert.All(field.Arguments, a => Assert.Equal(SyntaxKind.Argument, a.Kind));
        Assert.Equal("v", Assert.IsType<VariableNode>(field.Arguments[1].Value).Name.Value);
        Assert.Equal(["skip", "d"], field.Directives.Select(d => d.Name.Value));
        Assert.Equal(SyntaxKind.Directive, field.Directives[0].Kind);
        Assert.True(Assert.IsType<BooleanValueNode>(Assert.Single(field.Directives[0].Arguments).Value).Value);
        Assert.Empty(field.Directives[1].Arguments);
        var child = Assert.IsType<FieldNode>(Assert.Single(Assert.IsType<SelectionSetNode>(field.SelectionSet).Selections));
        Assert.Equal(("child", "child"), (child.Name.Value, child.ResponseName));
        Assert.Null(child.Alias);
        Assert.Null(child.SelectionSet);
    }

    [Fact]
    public void ParsesNestedSelections()
    {
        var field = FirstField("{ a { b { c { d } } e } }");
        var b = Assert.IsType<FieldNode>(field.SelectionSet!.Selections[0]);
        var c = Assert.IsType<FieldNode>(Assert.Single(b.SelectionSet!.Selections));
        var d = Assert.IsType<FieldNode>(Assert.Single(c.SelectionSet!.Selections));
        Assert.Equal("d", d.Name.Value);
        Assert.Equal("e", Assert.IsType<FieldNode>(field.SelectionSet.Selections[1]).Name.Value);
    }

    [Fact]
    public void ArgumentListsMayNotBeEmptyAndNeedValues()
    {
        SyntaxError("{ a() }", "Syntax Error: Expected Name, found \")\".", 1, 5);
        SyntaxError("{ a(b) }", "Syntax Error: Expected \":\", found \")\".", 1, 6);
        SyntaxError("{ a(b:) }", "Syntax Error: Unexpected \")\".", 1, 7);
        SyntaxError("{ a: }", "Syntax Error: Expected Name, found \"}\".", 1, 6);
        SyntaxError("{ a: b: c }", "Syntax Error: Expected Name, found \":\".", 1, 7);
    }

    [Fact]
    public void ParsesFragmentSpreads()
    {
        var selections = Operation("{ ...F ...G @d(a: 1) ...onion }").SelectionSet.Selections;
        var f = Assert.IsType<FragmentSpreadNode>(selections[0]);
        Assert.Equal((SyntaxKind.FragmentSpread, "F"), (f.Kind, f.Name.Value));
        Assert.Empty(f.Directives);
        var g = Assert.IsType<FragmentSpreadNode>(selections[1]);
        Assert.Equal("d", Assert.Single(g.Directives).Name.Value);
        Assert.Equal("onion", Assert.IsType<FragmentSpreadNode>(selections[2]).Name.Value);
    }

    [Fact]
    public void ParsesInlineFragmentsWithAndWithoutTypeConditions()
    {
        var selections = Operation("{ ... on User @d { a } ... @include(if: $x) { b } ... { c } }").SelectionSet.Selections;
        var typed = Assert.IsType<InlineFragmentNode>(selections[0]);
        Assert.Equal(SyntaxKind.InlineFragment, typed.Kind);
        Assert.Equal("User", typed.TypeCondition?.Name.Value);
        Assert.Equal("d", Assert.Single(typed.Directives).Name.Value);
        Assert.Equal("a", Assert.IsType<FieldNode>(Assert.Single(typed.SelectionSet.Selections)).Name.Value);

        var directed = Assert.IsType<InlineFragmentNode>(selections[1]);
        Assert.Null(directed.TypeCondition);
        Assert.Equal("include", Assert.Single(directed.Directives).Name.Value);

        var bare = Assert.IsType<InlineFragmentNode>(selections[2]);
        Assert.Null(bare.TypeCondition);
        Assert.Empty(bare.Directives);
    }

    [Fact]
    public void InlineFragmentsNeedASelectionSetAndATypeAfterOn()
    {
        SyntaxError("{ ... on T }", "Syntax Error: Expected \"{\", found \"}\".", 1, 12);
        SyntaxError("{ ... on { a } }", "Syntax Error: Expected Name, found \"{\".", 1, 10);
        SyntaxError("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9);
        SyntaxError("{ ... }", "Syntax Error: Expected \"{\", found \"}\".", 1, 7);
    }

    [Fact]
    public void ParsesFragmentDefinitions()
    {
        var fragment = Assert.IsType<FragmentDefinitionNode>(Assert.Single(Parse("fragment F on User @d(a: $v) { a ...G }").Definitions));
        Assert.Equal(SyntaxKind.FragmentDefinition, fragment.Kind);
        Assert.Equal(("F", "User"), (fragment.Name.Value, fragment.TypeCondition.Name.Value));
        Assert.Equal(SyntaxKind.NamedType, fragment.TypeCondition.Kind);
        Assert.Equal("v", Assert.IsType<VariableNode>(Assert.Single(Assert.Single(fragment.Directives).Arguments).Value).Name.Value);
        Assert.Equal(2, fragment.SelectionSet.Selections.Count);
        Assert.Null(fragment.Description);
    }

    [Fact]
    public void AFragmentCannotBeNamedOn()
    {
        SyntaxError("fragment on on on { on }", "Syntax Error: Unexpected Name \"on\".", 1, 10);
        SyntaxError("fragment on on T { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10);
        SyntaxError("{ ...on on }", "Syntax Error: Expected \"{\", found \"}\".", 1, 12);
    }

    [Fact]
    public void FragmentDefinitionsNeedATypeConditionAndASelectionSet()
    {
        SyntaxError("fragment F { a }", "Syntax Error: Expected \"on\", found \"{\".", 1, 12);
        SyntaxError("fragment F on T", "Syntax Error: Expected \"{\", found <EOF>.", 1, 16);
        SyntaxError("fragment F($v: Int) on T { a }", "Syntax Error: Expected \"on\", found \"(\".", 1, 11);
    }

    [Fact]
    public void ParsesDirectivesOnOperationsAndFragments()
    {
        var document = Parse("query Q @a @b(c: 1) { a } fragment F on T @e { a }");
        Assert.Equal(["a", "b"], Assert.IsType<OperationDefinitionNode>(document.Definitions[0]).Directives.Select(d => d.Name.Value));
        Assert.Equal("e", Assert.Single(Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]).Directives).Name.Value);
        SyntaxError("{ a @ }", "Syntax Error: Expected Name, found \"}\".", 1, 7);
        SyntaxError("{ a @d() }", "Syntax Error: Expected Name, found \")\".", 1, 8);
    }

    [Fact]
    public void ParsesDocumentsWithManyDefinitions()
    {
        var document = Parse("{ a } query Q { b } fragment F on T { c } mutation { d }");
        Assert.Equal(SyntaxKind.Document, document.Kind);
        Assert.Equal(
            [SyntaxKind.OperationDefinition, SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition, SyntaxKind.OperationDefinition],
            document.Definitions.Select(d => d.Kind));
        Assert.All(document.Definitions, d => Assert.IsAssignableFrom<ExecutableDefinitionNode>(d));
    }

    [Fact]
    public void RejectsEmptyDocumentsAndUnknownDefinitions()
    {
        SyntaxError("", "Syntax Error: Unexpected <EOF>.", 1, 1);
        SyntaxError("  # only a comment", "Syntax Error: Unexpected <EOF>.", 1, 19);
        SyntaxError("notAKeyword { a }", "Syntax Error: Unexpected Name \"notAKeyword\".", 1, 1);
        SyntaxError("query", "Syntax Error: Expected \"{\", found <EOF>.", 1, 6);
        SyntaxError("{ a } x", "Syntax Error: Unexpected Name \"x\".", 1, 7);
        SyntaxError("{ a } {", "Syntax Error: Expected Name, found <EOF>.", 1, 8);
        SyntaxError("query Q { a } query Q2", "Syntax Error: Expected \"{\", found <EOF>.", 1, 23);
    }

    [Fact]
    public void LocatesNodesByByteOffsetsLinesAndColumns()
    {
        const string source = "query Q($v: Int = 1) {\n  alias: field(arg: $v) @d {\n    ...F\n  }\n}";
        var document = Parse(source);
        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Located(document, 0, source.Length, 1, 1);
        Located(operation, 0, source.Length, 1, 1);
        Located(operation.Name!, 6, 7, 1, 7);
        Located(operation.VariableDefinitions[0], 8, 19, 1, 9);
        Located(operation.VariableDefinitions[0].Variable, 8, 10, 1, 9);
        Located(operation.VariableDefinitions[0].Type, 12, 15, 1, 13);
        Located(operation.VariableDefinitions[0].DefaultValue!, 18, 19, 1, 19);
        Located(operation.SelectionSet, 21, source.Length, 1, 22);

        var field = Assert.IsType<FieldNode>(operation.SelectionSet.Selections[0]);
        Assert.Equal("alias: field(arg: $v) @d {\n    ...F\n  }", SourceOf(source, field));
        Located(field, 25, 64, 2, 3);
        Located(field.Alias!, 25, 30, 2, 3);
        Located(field.Name, 32, 37, 2, 10);
        Located(field.Arguments[0], 38, 45, 2, 16);
        Located(field.Arguments[0].Value, 43, 45, 2, 21);
        Located(field.Directives[0], 47, 49, 2, 25);
        var spread = Assert.IsType<FragmentSpreadNode>(field.SelectionSet!.Selections[0]);
        Located(spread, 56, 60, 3, 5);
        Located(spread.Name, 59, 60, 3, 8);
    }

    [Fact]
    public void LocationsCountBytesButColumnsCountUtf16Units()
    {
        const string source = "{ a(s: \"é\U0001F600\") b }";
        var operation = Operation(source);
        var a = Assert.IsType<FieldNode>(operation.SelectionSet.Selections[0]);
        var b = Assert.IsType<FieldNode>(operation.SelectionSet.Selections[1]);
        Located(a.Arguments[0].Value, 7, 15, 1, 8);
        Located(b, 17, 18, 1, 15);
        Assert.Equal("b", SourceOf(source, b));
    }

    [Fact]
    public void LeavesLocationsOutWhenAsked()
    {
        var document = Parse("query Q($v: Int) { a(b: [1]) ...F ... on T { c } }", new ParserOptions { NoLocations = true });
        Assert.All(Descendants(document), node => Assert.Null(node.Location));
        Assert.All(Descendants(Parse("query Q($v: Int) { a(b: [1]) ...F ... on T { c } }")), node => Assert.NotNull(node.Location));
    }

    [Fact]
    public void NamesOfAnyLengthAndNumberKeepTheirValues()
    {
        // Names go through a fixed-size cache shared by all parses: collisions and long names must not leak.
        var names = Enumerable.Range(0, 6000).Select(i => "f" + i.ToString("x", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        names.Add(new string('a', 64));
        names.Add(new string('b', 65));
        names.Add("_" + new string('Z', 1000));
        var operation = Operation("{ " + string.Join(" ", names) + " }");
        Assert.Equal(names, operation.SelectionSet.Selections.Cast<FieldNode>().Select(f => f.Name.Value));
        Assert.Equal(names, Operation("{ " + string.Join(",", names) + " }").SelectionSet.Selections.Cast<FieldNode>().Select(f => f.Name.Value));
    }

    [Fact]
    public void ParsesFromUtf8BytesAsFromStrings()
    {
        const string source = "query Q { a(s: \"é 日本 \U0001F600\") }";
        var fromBytes = Utf8GraphQLParser.Parse(System.Text.Encoding.UTF8.GetBytes(source));
        var fromString = Parse(source);
        StructurallyEqual(fromString, fromBytes);
        Assert.Equal(fromString.Definitions[0].Location, fromBytes.Definitions[0].Location);
    }
}
