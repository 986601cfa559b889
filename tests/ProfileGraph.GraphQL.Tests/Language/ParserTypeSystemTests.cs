using ProfileGraph.GraphQL.Language;
using static ProfileGraph.GraphQL.Tests.Language.AstAssert;

namespace ProfileGraph.GraphQL.Tests.Language;

/// <summary>Type system definitions and extensions (spec §3), modelled on graphql-js's schema parser tests.</summary>
public sealed class ParserTypeSystemTests
{
    private static T Single<T>(string source)
        where T : SyntaxNode => Assert.IsType<T>(Assert.Single(Parse(source).Definitions));

    private static string[] Names(IEnumerable<NamedTypeNode> types) => types.Select(t => t.Name.Value).ToArray();

    [Fact]
    public void ParsesSchemaDefinitions()
    {
        var schema = Single<SchemaDefinitionNode>("schema @a @b(c: 1) { query: Q mutation: M, subscription: S }");
        Assert.Equal(SyntaxKind.SchemaDefinition, schema.Kind);
        Assert.Null(schema.Description);
        Assert.Equal(["a", "b"], schema.Directives.Select(d => d.Name.Value));
        Assert.Equal(
            [(OperationType.Query, "Q"), (OperationType.Mutation, "M"), (OperationType.Subscription, "S")],
            schema.OperationTypes.Select(o => (o.Operation, o.Type.Name.Value)));
        Assert.All(schema.OperationTypes, o => Assert.Equal(SyntaxKind.OperationTypeDefinition, o.Kind));
    }

    [Fact]
    public void ParsesADescribedSchema()
    {
        const string source = "\"\"\"\nThe schema\n\"\"\"\nschema { query: Q }";
        var schema = Single<SchemaDefinitionNode>(source);
        Assert.Equal(("The schema", true), (schema.Description?.Value, schema.Description?.Block));
        Located(schema, 0, source.Length, 1, 1);
        Located(schema.Description!, 0, 18, 1, 1);
        Located(schema.OperationTypes[0], 28, 36, 4, 10);
    }

    [Fact]
    public void SchemaDefinitionsNeedOperationTypes()
    {
        SyntaxError("schema", "Syntax Error: Expected \"{\", found <EOF>.", 1, 7);
        SyntaxError("schema { }", "Syntax Error: Expected Name, found \"}\".", 1, 10);
        SyntaxError("schema { query Q }", "Syntax Error: Expected \":\", found Name \"Q\".", 1, 16);
        SyntaxError("schema { fragment: Q }", "Syntax Error: Unexpected Name \"fragment\".", 1, 10);
        SyntaxError("schema { query: [Q] }", "Syntax Error: Expected Name, found \"[\".", 1, 17);
    }

    [Fact]
    public void ParsesScalars()
    {
        var scalar = Single<ScalarTypeDefinitionNode>("\"A date\" scalar Date @specifiedBy(url: \"https://example.com\")");
        Assert.Equal((SyntaxKind.ScalarTypeDefinition, "Date", "A date", false), (scalar.Kind, scalar.Name.Value, scalar.Description?.Value, scalar.IsExtension));
        Assert.Equal("specifiedBy", Assert.Single(scalar.Directives).Name.Value);
        Located(scalar, 0, 61, 1, 1);
        Assert.Empty(Single<ScalarTypeDefinitionNode>("scalar S").Directives);
    }

    [Fact]
    public void ParsesObjectTypes()
    {
        const string source = "type Hello {\n  world: String\n}";
        var type = Single<ObjectTypeDefinitionNode>(source);
        Assert.Equal((SyntaxKind.ObjectTypeDefinition, "Hello", false), (type.Kind, type.Name.Value, type.IsExtension));
        Assert.Empty(type.Interfaces);
        Assert.Empty(type.Directives);
        var field = Assert.Single(type.Fields);
        Assert.Equal((SyntaxKind.FieldDefinition, "world"), (field.Kind, field.Name.Value));
        Assert.Equal("String", Assert.IsType<NamedTypeNode>(field.Type).Name.Value);
        Assert.Empty(field.Arguments);
        Located(type, 0, 30, 1, 1);
        Located(type.Name, 5, 10, 1, 6);
        Located(field, 15, 28, 2, 3);
        Located(field.Type, 22, 28, 2, 10);
    }

    [Fact]
    public void ParsesObjectTypesImplementingInterfaces()
    {
        Assert.Equal(["World"], Names(Single<ObjectTypeDefinitionNode>("type Hello implements World { field: String }").Interfaces));
        Assert.Equal(["Wo", "rld"], Names(Single<ObjectTypeDefinitionNode>("type Hello implements Wo & rld { field: String }").Interfaces));
        Assert.Equal(["Wo", "rld"], Names(Single<ObjectTypeDefinitionNode>("type Hello implements & Wo & rld { field: String }").Interfaces));
        Assert.Equal(["A"], Names(Single<ObjectTypeDefinitionNode>("type Hello implements & A").Interfaces));
    }

    [Fact]
    public void ImplementsListsMustBeSeparatedByAmpersands()
    {
        SyntaxError("type Hello implements Wo rld { field: String }", "Syntax Error: Unexpected Name \"rld\".", 1, 26);
        SyntaxError("type Hello implements Wo, rld { field: String }", "Syntax Error: Unexpected Name \"rld\".", 1, 27);
        SyntaxError("type Hello implements { field: String }", "Syntax Error: Expected Name, found \"{\".", 1, 23);
        SyntaxError("type Hello implements & & A { field: String }", "Syntax Error: Expected Name, found \"&\".", 1, 25);
        SyntaxError("type Hello implements A & { field: String }", "Syntax Error: Expected Name, found \"{\".", 1, 27);
    }

    [Fact]
    public void ParsesTypesWithoutFields()
    {
        var type = Single<ObjectTypeDefinitionNode>("type Hello @d");
        Assert.Empty(type.Fields);
        Assert.Equal("d", Assert.Single(type.Directives).Name.Value);
        SyntaxError("type Hello {}", "Syntax Error: Expected Name, found \"}\".", 1, 13);
    }

    [Fact]
    public void ParsesFieldArgumentsWithDefaultsDirectivesAndDescriptions()
    {
        var field = Assert.Single(Single<ObjectTypeDefinitionNode>(
            "type T { \"f\" f(\"arg\" a: Int = 1 @d, b: [String!] = [\"x\"], c: In = {k: V} @e(x: 1)): T @deprecated(reason: \"no\") }").Fields);
        Assert.Equal("f", field.Description?.Value);
        Assert.Equal("deprecated", Assert.Single(field.Directives).Name.Value);
        Assert.Equal(["a", "b", "c"], field.Arguments.Select(a => a.Name.Value));
        Assert.All(field.Arguments, a => Assert.Equal(SyntaxKind.InputValueDefinition, a.Kind));

        var a = field.Arguments[0];
        Assert.Equal(("arg", "1", "d"), (a.Description?.Value, Assert.IsType<IntValueNode>(a.DefaultValue).Value, Assert.Single(a.Directives).Name.Value));
        Assert.IsType<ListValueNode>(field.Arguments[1].DefaultValue);
        Assert.IsType<ObjectValueNode>(field.Arguments[2].DefaultValue);
        Assert.Null(field.Arguments[1].Description);
    }

    [Fact]
    public void FieldDefinitionsNeedTypes()
    {
        SyntaxError("type T { a }", "Syntax Error: Expected \":\", found \"}\".", 1, 12);
        SyntaxError("type T { a(b): Int }", "Syntax Error: Expected \":\", found \")\".", 1, 13);
        SyntaxError("type T { a(): Int }", "Syntax Error: Expected Name, found \")\".", 1, 12);
        SyntaxError("type T { a: Int = 1 }", "Syntax Error: Expected Name, found \"=\".", 1, 17);
    }

    [Fact]
    public void ParsesDescriptionsOnTypesFieldsArgumentsAndEnumValues()
    {
        var document = Parse(
            "\"type\" type T { \"\"\"field\"\"\" f(\"arg\" a: Int): Int }\n" +
            "\"enum\" enum E { \"value\" V }\n\"input\" input I { \"input field\" f: Int }\n" +
            "\"iface\" interface I2 { f: Int }\n\"union\" union U = A\n\"dir\" directive @d(\"a\" a: Int) on FIELD");
        var descriptions = Descendants(document)
            .Select(n => n switch
            {
                TypeDefinitionNode t => t.Description,
                FieldDefinitionNode f => f.Description,
                InputValueDefinitionNode i => i.Description,
                EnumValueDefinitionNode e => e.Description,
                DirectiveDefinitionNode d => d.Description,
                _ => null,
            })
            .OfType<StringValueNode>()
            .Select(s => s.Value);
        Assert.Equal(["type", "field", "arg", "enum", "value", "input", "input field", "iface", "union", "dir", "a"], descriptions);
    }

    [Fact]
    public void ParsesInterfaces()
    {
        var iface = Single<InterfaceTypeDefinitionNode>("interface Hello { world: String }");
        Assert.Equal((SyntaxKind.InterfaceTypeDefinition, "Hello", false), (iface.Kind, iface.Name.Value, iface.IsExtension));
        Assert.Empty(iface.Interfaces);
        Assert.Equal("world", Assert.Single(iface.Fields).Name.Value);
    }

    [Fact]
    public void ParsesInterfacesImplementingInterfaces()
    {
        Assert.Equal(["World"], Names(Single<InterfaceTypeDefinitionNode>("interface Hello implements World { field: String }").Interfaces));
        Assert.Equal(["Wo", "rld"], Names(Single<InterfaceTypeDefinitionNode>("interface Hello implements Wo & rld { field: String }").Interfaces));
        Assert.Equal(["Wo", "rld"], Names(Single<InterfaceTypeDefinitionNode>("interface Hello implements & Wo & rld { field: String }").Interfaces));
        Assert.Empty(Single<InterfaceTypeDefinitionNode>("interface Bare").Fields);
    }

    [Fact]
    public void ParsesUnions()
    {
        var union = Single<UnionTypeDefinitionNode>("union Hello = World");
        Assert.Equal((SyntaxKind.UnionTypeDefinition, "Hello", false), (union.Kind, union.Name.Value, union.IsExtension));
        Assert.Equal(["World"], Names(union.Types));
        Assert.Equal(["Wo", "Rld"], Names(Single<UnionTypeDefinitionNode>("union Hello = Wo | Rld").Types));
        Assert.Equal(["Wo", "Rld"], Names(Single<UnionTypeDefinitionNode>("union Hello = | Wo | Rld").Types));
        Assert.Equal(["A", "B"], Names(Single<UnionTypeDefinitionNode>("union Hello @d =\n  | A\n  | B").Types));
        Assert.Empty(Single<UnionTypeDefinitionNode>("union Hello @d").Types);
    }

    [Fact]
    public void UnionMembersAreSeparatedBySinglePipes()
    {
        SyntaxError("union Hello = || Wo | Rld", "Syntax Error: Expected Name, found \"|\".", 1, 16);
        SyntaxError("union Hello = Wo || Rld", "Syntax Error: Expected Name, found \"|\".", 1, 19);
        SyntaxError("union Hello = | Wo | Rld |", "Syntax Error: Expected Name, found <EOF>.", 1, 27);
        SyntaxError("union Hello = ", "Syntax Error: Expected Name, found <EOF>.", 1, 15);
        SyntaxError("union Hello = A B", "Syntax Error: Unexpected Name \"B\".", 1, 17);
    }

    [Fact]
    public void ParsesEnums()
    {
        var enumType = Single<EnumTypeDefinitionNode>("enum Site @d { \"desc\" DESKTOP MOBILE @deprecated on ON }");
        Assert.Equal((SyntaxKind.EnumTypeDefinition, "Site", false), (enumType.Kind, enumType.Name.Value, enumType.IsExtension));
        Assert.Equal(["DESKTOP", "MOBILE", "on", "ON"], enumType.Values.Select(v => v.Name.Value));
        Assert.All(enumType.Values, v => Assert.Equal(SyntaxKind.EnumValueDefinition, v.Kind));
        Assert.Equal("desc", enumType.Values[0].Description?.Value);
        Assert.Equal("deprecated", Assert.Single(enumType.Values[1].Directives).Name.Value);
        Assert.Empty(Single<EnumTypeDefinitionNode>("enum Empty").Values);
    }

    [Theory]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 10)]
    [InlineData("enum E { A false }", "Syntax Error: Name \"false\" is reserved and cannot be used for an enum value.", 12)]
    [InlineData("enum E { \"desc\" null }", "Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.", 17)]
    [InlineData("enum E { \"desc\" \"true\" }", "Syntax Error: String \"true\" is reserved and cannot be used for an enum value.", 17)]
    [InlineData("enum E { \"desc\" \"\"\"null\"\"\" }", "Syntax Error: BlockString \"null\" is reserved and cannot be used for an enum value.", 17)]
    public void TrueFalseAndNullAreNotEnumValues(string source, string message, int column) => SyntaxError(source, message, 1, column);

    [Fact]
    public void EnumValuesAreNames()
    {
        SyntaxError("enum E { 1 }", "Syntax Error: Expected Name, found Int \"1\".", 1, 10);
        SyntaxError("enum E { \"a\" \"b\" }", "Syntax Error: Expected Name, found String \"b\".", 1, 14);
        SyntaxError("enum E { }", "Syntax Error: Expected Name, found \"}\".", 1, 10);
        Assert.Equal(["True", "NULL", "falsey"], Single<EnumTypeDefinitionNode>("enum E { True NULL falsey }").Values.Select(v => v.Name.Value));
    }

    [Fact]
    public void ParsesInputObjects()
    {
        var input = Single<InputObjectTypeDefinitionNode>("input Hello @oneOf { \"w\" world: String = \"x\" @d other: [Int!]! }");
        Assert.Equal((SyntaxKind.InputObjectTypeDefinition, "Hello", false), (input.Kind, input.Name.Value, input.IsExtension));
        Assert.Equal("oneOf", Assert.Single(input.Directives).Name.Value);
        Assert.Equal(["world", "other"], input.Fields.Select(f => f.Name.Value));
        Assert.Equal(("w", "x"), (input.Fields[0].Description?.Value, Assert.IsType<StringValueNode>(input.Fields[0].DefaultValue).Value));
        Assert.Empty(Single<InputObjectTypeDefinitionNode>("input Empty").Fields);
    }

    [Fact]
    public void InputFieldsCannotHaveArguments()
    {
        SyntaxError("input Hello { world(foo: Int): String }", "Syntax Error: Expected \":\", found \"(\".", 1, 20);
        SyntaxError("input Hello { a }", "Syntax Error: Expected \":\", found \"}\".", 1, 17);
        SyntaxError("input Hello {}", "Syntax Error: Expected Name, found \"}\".", 1, 14);
    }

    [Fact]
    public void ParsesDirectiveDefinitions()
    {
        const string source = "\"d\" directive @foo(\"a\" arg: Int = 1 @x, b: [B!]) on OBJECT | INTERFACE";
        var directive = Single<DirectiveDefinitionNode>(source);
        Assert.Equal((SyntaxKind.DirectiveDefinition, "foo", "d", false), (directive.Kind, directive.Name.Value, directive.Description?.Value, directive.IsRepeatable));
        Assert.Equal(["arg", "b"], directive.Arguments.Select(a => a.Name.Value));
        Assert.Equal(["OBJECT", "INTERFACE"], directive.Locations.Select(l => l.Value));
        Assert.All(directive.Locations, l => Assert.Equal(SyntaxKind.Name, l.Kind));
        Located(directive, 0, source.Length, 1, 1);
        Located(directive.Locations[1], 61, 70, 1, 62);
    }

    [Fact]
    public void ParsesRepeatableDirectivesAndLeadingPipes()
    {
        var directive = Single<DirectiveDefinitionNode>("directive @foo(arg: Int) repeatable on\n  | OBJECT\n  | INTERFACE");
        Assert.True(directive.IsRepeatable);
        Assert.Equal(["OBJECT", "INTERFACE"], directive.Locations.Select(l => l.Value));
        Assert.Empty(Single<DirectiveDefinitionNode>("directive @d on FIELD").Arguments);
    }

    [Fact]
    public void AcceptsEveryDirectiveLocation()
    {
        var all = Enum.GetValues<DirectiveLocation>().Select(l => l.ToSpecName()).ToArray();
        Assert.Equal(19, all.Length);
        var directive = Single<DirectiveDefinitionNode>($"directive @d on {string.Join(" | ", all)}");
        Assert.Equal(all, directive.Locations.Select(l => l.Value));
        Assert.All(all, name => Assert.True(DirectiveLocationNames.TryParse(name, out var location) && location.ToSpecName() == name));
        Assert.False(DirectiveLocationNames.TryParse("field", out _));
    }

    [Fact]
    public void RejectsUnknownDirectiveLocations()
    {
        SyntaxError("directive @foo on FIELD | INCORRECT_LOCATION", "Syntax Error: Unexpected Name \"INCORRECT_LOCATION\".", 1, 27);
        SyntaxError("directive @foo on field", "Syntax Error: Unexpected Name \"field\".", 1, 19);
    }

    /// <summary>
    /// A deliberate divergence: graphql-js 16.15 lists DIRECTIVE_DEFINITION among its locations (for its experimental
    /// directives on directive definitions) and accepts it; the September 2025 spec has no such location.
    /// </summary>
    [Fact]
    public void RejectsTheExperimentalDirectiveDefinitionLocation() =>
        SyntaxError("directive @foo on DIRECTIVE_DEFINITION", "Syntax Error: Unexpected Name \"DIRECTIVE_DEFINITION\".", 1, 19);

    [Fact]
    public void DirectiveDefinitionsNeedAnAtNameAndLocations()
    {
        SyntaxError("directive foo on FIELD", "Syntax Error: Expected \"@\", found Name \"foo\".", 1, 11);
        SyntaxError("directive @foo FIELD", "Syntax Error: Expected \"on\", found Name \"FIELD\".", 1, 16);
        SyntaxError("directive @foo on", "Syntax Error: Expected Name, found <EOF>.", 1, 18);
        SyntaxError("directive @foo on | | FIELD", "Syntax Error: Expected Name, found \"|\".", 1, 21);
        SyntaxError("directive @foo on FIELD |", "Syntax Error: Expected Name, found <EOF>.", 1, 26);
        SyntaxError("directive @foo on repeatable FIELD", "Syntax Error: Unexpected Name \"repeatable\".", 1, 19);
        SyntaxError("directive @foo() on FIELD", "Syntax Error: Expected Name, found \")\".", 1, 16);
    }

    [Fact]
    public void ParsesSchemaExtensions()
    {
        var withDirectives = Single<SchemaExtensionNode>("extend schema @a @b");
        Assert.Equal(SyntaxKind.SchemaExtension, withDirectives.Kind);
        Assert.Equal(["a", "b"], withDirectives.Directives.Select(d => d.Name.Value));
        Assert.Empty(withDirectives.OperationTypes);

        var withTypes = Single<SchemaExtensionNode>("extend schema { mutation: Mutation }");
        Assert.Equal((OperationType.Mutation, "Mutation"), (Assert.Single(withTypes.OperationTypes).Operation, withTypes.OperationTypes[0].Type.Name.Value));

        var both = Single<SchemaExtensionNode>("extend schema @d { subscription: S }");
        Assert.Single(both.Directives);
        Assert.Single(both.OperationTypes);
    }

    [Fact]
    public void ParsesScalarExtensions()
    {
        var scalar = Single<ScalarTypeExtensionNode>("extend scalar S @a @b(c: 1)");
        Assert.Equal((SyntaxKind.ScalarTypeExtension, "S", true), (scalar.Kind, scalar.Name.Value, scalar.IsExtension));
        Assert.Null(scalar.Description);
        Assert.Equal(2, scalar.Directives.Count);
    }

    [Fact]
    public void ParsesObjectTypeExtensions()
    {
        const string source = "extend type Hello {\n  world: String\n}";
        var type = Single<ObjectTypeExtensionNode>(source);
        Assert.Equal((SyntaxKind.ObjectTypeExtension, "Hello", true), (type.Kind, type.Name.Value, type.IsExtension));
        Assert.Equal("world", Assert.Single(type.Fields).Name.Value);
        Located(type, 0, 37, 1, 1);

        Assert.Equal(["Greeting"], Names(Single<ObjectTypeExtensionNode>("extend type Hello implements Greeting").Interfaces));
        Assert.Equal(["A", "B"], Names(Single<ObjectTypeExtensionNode>("extend type Hello implements & A & B").Interfaces));
        Assert.Single(Single<ObjectTypeExtensionNode>("extend type Hello @d").Directives);
    }

    [Fact]
    public void ParsesInterfaceExtensions()
    {
        var iface = Single<InterfaceTypeExtensionNode>("extend interface Hello implements A & B @d { world: String }");
        Assert.Equal((SyntaxKind.InterfaceTypeExtension, "Hello", true), (iface.Kind, iface.Name.Value, iface.IsExtension));
        Assert.Equal(["A", "B"], Names(iface.Interfaces));
        Assert.Single(iface.Directives);
        Assert.Single(iface.Fields);
        Assert.Single(Single<InterfaceTypeExtensionNode>("extend interface Hello @d").Directives);
    }

    [Fact]
    public void ParsesUnionExtensions()
    {
        var union = Single<UnionTypeExtensionNode>("extend union Feed @d = | Photo | Video");
        Assert.Equal((SyntaxKind.UnionTypeExtension, "Feed", true), (union.Kind, union.Name.Value, union.IsExtension));
        Assert.Equal(["Photo", "Video"], Names(union.Types));
        Assert.Empty(Single<UnionTypeExtensionNode>("extend union Feed @d").Types);
    }

    [Fact]
    public void ParsesEnumExtensions()
    {
        var enumType = Single<EnumTypeExtensionNode>("extend enum Site @d { VR \"d\" AR }");
        Assert.Equal((SyntaxKind.EnumTypeExtension, "Site", true), (enumType.Kind, enumType.Name.Value, enumType.IsExtension));
        Assert.Equal(["VR", "AR"], enumType.Values.Select(v => v.Name.Value));
        Assert.Empty(Single<EnumTypeExtensionNode>("extend enum Site @d").Values);
        SyntaxError("extend enum E { null }", "Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.", 1, 17);
    }

    [Fact]
    public void ParsesInputObjectExtensions()
    {
        var input = Single<InputObjectTypeExtensionNode>("extend input In @d { a: Int = 1 }");
        Assert.Equal((SyntaxKind.InputObjectTypeExtension, "In", true), (input.Kind, input.Name.Value, input.IsExtension));
        Assert.Equal("a", Assert.Single(input.Fields).Name.Value);
        Assert.Empty(Single<InputObjectTypeExtensionNode>("extend input In @d").Fields);
    }

    [Theory]
    [InlineData("extend schema", 14)]
    [InlineData("extend scalar S", 16)]
    [InlineData("extend type Hello", 18)]
    [InlineData("extend interface Hello", 23)]
    [InlineData("extend union Hello", 19)]
    [InlineData("extend enum Hello", 18)]
    [InlineData("extend input Hello", 19)]
    public void EmptyExtensionsAreErrors(string source, int column) =>
        SyntaxError(source, "Syntax Error: Unexpected <EOF>.", 1, column);

    [Fact]
    public void AnEmptyExtensionIsReportedAtTheTokenAfterIt()
    {
        SyntaxError("extend type Hello\ntype Other", "Syntax Error: Unexpected Name \"type\".", 2, 1);
        SyntaxError("extend scalar S { a }", "Syntax Error: Unexpected \"{\".", 1, 17);
        SyntaxError("extend schema { }", "Syntax Error: Expected Name, found \"}\".", 1, 17);
        SyntaxError("extend type Hello {}", "Syntax Error: Expected Name, found \"}\".", 1, 20);
    }

    [Fact]
    public void RejectsUnknownAndDescribedExtensions()
    {
        SyntaxError("extend unknown T @d", "Syntax Error: Unexpected Name \"unknown\".", 1, 8);
        SyntaxError("extend directive @d on FIELD", "Syntax Error: Unexpected Name \"directive\".", 1, 8);
        SyntaxError("extend \"s\" type T @d", "Syntax Error: Unexpected String \"s\".", 1, 8);
        SyntaxError("extend", "Syntax Error: Unexpected <EOF>.", 1, 7);
        SyntaxError("\"Description\" extend type Hello { world: String }", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1);
        SyntaxError("\"Description\" extend schema @d", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1);
    }

    [Fact]
    public void DescriptionsMustBeFollowedByADefinition()
    {
        SyntaxError("\"Description\" notAKeyword T", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1);
        SyntaxError("\"Description\" \"again\" type T", "Syntax Error: Unexpected String \"again\".", 1, 15);
        SyntaxError("\"Description\" 1", "Syntax Error: Unexpected Int \"1\".", 1, 15);
        SyntaxError("\"Description\"", "Syntax Error: Unexpected <EOF>.", 1, 14);
    }

    [Fact]
    public void MixesTypeSystemAndExecutableDefinitions()
    {
        var document = Parse("type Query { a: Int } { a } extend type Query @d fragment F on Query { a } directive @d on OBJECT");
        Assert.Equal(
            [SyntaxKind.ObjectTypeDefinition, SyntaxKind.OperationDefinition, SyntaxKind.ObjectTypeExtension, SyntaxKind.FragmentDefinition, SyntaxKind.DirectiveDefinition],
            document.Definitions.Select(d => d.Kind));
        Assert.All(document.Definitions.Where(d => d.Kind != SyntaxKind.OperationDefinition && d.Kind != SyntaxKind.FragmentDefinition), d => Assert.IsAssignableFrom<TypeSystemNode>(d));
    }

    [Fact]
    public void ParsesTheSchemaKitchenSink()
    {
        var document = Parse(Resource("schema-kitchen-sink.graphql"));
        var kinds = document.Definitions.Select(d => d.Kind).ToHashSet();
        Assert.Superset(
            new HashSet<SyntaxKind>
            {
                SyntaxKind.SchemaDefinition, SyntaxKind.SchemaExtension, SyntaxKind.ScalarTypeDefinition, SyntaxKind.ScalarTypeExtension,
                SyntaxKind.ObjectTypeDefinition, SyntaxKind.ObjectTypeExtension, SyntaxKind.InterfaceTypeDefinition, SyntaxKind.InterfaceTypeExtension,
                SyntaxKind.UnionTypeDefinition, SyntaxKind.UnionTypeExtension, SyntaxKind.EnumTypeDefinition, SyntaxKind.EnumTypeExtension,
                SyntaxKind.InputObjectTypeDefinition, SyntaxKind.InputObjectTypeExtension, SyntaxKind.DirectiveDefinition,
            },
            kinds);
    }
}
