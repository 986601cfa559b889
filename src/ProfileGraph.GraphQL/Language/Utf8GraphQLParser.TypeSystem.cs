namespace ProfileGraph.GraphQL.Language;

/// <summary>Type system definitions and extensions (spec §3).</summary>
public ref partial struct Utf8GraphQLParser
{
    private static bool IsTypeSystemKeyword(ReadOnlySpan<byte> value) =>
        value.SequenceEqual("schema"u8) || value.SequenceEqual("scalar"u8) || value.SequenceEqual("type"u8)
        || value.SequenceEqual("interface"u8) || value.SequenceEqual("union"u8) || value.SequenceEqual("enum"u8)
        || value.SequenceEqual("input"u8) || value.SequenceEqual("directive"u8);

    private TypeSystemNode ParseTypeSystemDefinition(ReadOnlySpan<byte> keyword)
    {
        var start = Mark();
        var description = ParseDescription();
        Advance(); // the keyword, already identified by the caller
        return keyword switch
        {
            _ when keyword.SequenceEqual("schema"u8) => ParseSchemaDefinition(start, description),
            _ when keyword.SequenceEqual("scalar"u8) => new ScalarTypeDefinitionNode(null, description, ParseName(), ParseDirectives(isConst: true)) { Location = LocationFrom(start) },
            _ when keyword.SequenceEqual("type"u8) => ParseObjectTypeDefinition(start, description),
            _ when keyword.SequenceEqual("interface"u8) => ParseInterfaceTypeDefinition(start, description),
            _ when keyword.SequenceEqual("union"u8) => ParseUnionTypeDefinition(start, description),
            _ when keyword.SequenceEqual("enum"u8) => ParseEnumTypeDefinition(start, description),
            _ when keyword.SequenceEqual("input"u8) => ParseInputObjectTypeDefinition(start, description),
            _ => ParseDirectiveDefinition(start, description),
        };
    }

    private SchemaDefinitionNode ParseSchemaDefinition(TokenStart start, StringValueNode? description)
    {
        var directives = ParseDirectives(isConst: true);
        Expect(TokenKind.LeftBrace);
        var operationTypes = BeginList();
        do
        {
            Push(ParseOperationTypeDefinition());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return new SchemaDefinitionNode(LocationFrom(start), description, directives, EndList<OperationTypeDefinitionNode>(operationTypes));
    }

    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = Mark();
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinitionNode(LocationFrom(start), operation, type);
    }

    private ObjectTypeDefinitionNode ParseObjectTypeDefinition(TokenStart start, StringValueNode? description)
    {
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(LocationFrom(start), description, name, interfaces, directives, fields);
    }

    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition(TokenStart start, StringValueNode? description)
    {
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(LocationFrom(start), description, name, interfaces, directives, fields);
    }

    private UnionTypeDefinitionNode ParseUnionTypeDefinition(TokenStart start, StringValueNode? description)
    {
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(LocationFrom(start), description, name, directives, types);
    }

    private EnumTypeDefinitionNode ParseEnumTypeDefinition(TokenStart start, StringValueNode? description)
    {
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(LocationFrom(start), description, name, directives, values);
    }

    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition(TokenStart start, StringValueNode? description)
    {
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        return new InputObjectTypeDefinitionNode(LocationFrom(start), description, name, directives, fields);
    }

    private DirectiveDefinitionNode ParseDirectiveDefinition(TokenStart start, StringValueNode? description)
    {
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        var repeatable = ExpectOptionalKeyword("repeatable"u8);
        ExpectKeyword("on"u8);
        ExpectOptional(TokenKind.Pipe);
        var locations = BeginList();
        do
        {
            Push(ParseDirectiveLocation());
        }
        while (ExpectOptional(TokenKind.Pipe));

        return new DirectiveDefinitionNode(LocationFrom(start), description, name, arguments, repeatable, EndList<NameNode>(locations));
    }

    private NameNode ParseDirectiveLocation()
    {
        var token = _reader;
        var name = ParseName();
        if (!DirectiveLocationNames.TryParse(name.Value, out _))
        {
            throw Unexpected(token);
        }

        return name;
    }

    private NamedTypeNode[] ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements"u8) ? ParseDelimitedNamedTypes(TokenKind.Ampersand) : [];

    private NamedTypeNode[] ParseUnionMemberTypes() =>
        ExpectOptional(TokenKind.Equals) ? ParseDelimitedNamedTypes(TokenKind.Pipe) : [];

    // `A & B` or `A | B`, where a leading delimiter is allowed.
    private NamedTypeNode[] ParseDelimitedNamedTypes(TokenKind delimiter)
    {
        ExpectOptional(delimiter);
        var types = BeginList();
        do
        {
            Push(ParseNamedType());
        }
        while (ExpectOptional(delimiter));

        return EndList<NamedTypeNode>(types);
    }

    private FieldDefinitionNode[] ParseFieldsDefinition()
    {
        if (!ExpectOptional(TokenKind.LeftBrace))
        {
            return [];
        }

        var fields = BeginList();
        do
        {
            var start = Mark();
            var description = ParseDescription();
            var name = ParseName();
            var arguments = ParseArgumentDefinitions();
            Expect(TokenKind.Colon);
            var type = ParseTypeReference();
            var directives = ParseDirectives(isConst: true);
            Push(new FieldDefinitionNode(LocationFrom(start), description, name, arguments, type, directives));
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return EndList<FieldDefinitionNode>(fields);
    }

    private InputValueDefinitionNode[] ParseArgumentDefinitions() =>
        ParseInputValueDefinitions(TokenKind.LeftParenthesis, TokenKind.RightParenthesis);

    private InputValueDefinitionNode[] ParseInputFieldsDefinition() =>
        ParseInputValueDefinitions(TokenKind.LeftBrace, TokenKind.RightBrace);

    private InputValueDefinitionNode[] ParseInputValueDefinitions(TokenKind open, TokenKind close)
    {
        if (!ExpectOptional(open))
        {
            return [];
        }

        var values = BeginList();
        do
        {
            var start = Mark();
            var description = ParseDescription();
            var name = ParseName();
            Expect(TokenKind.Colon);
            var type = ParseTypeReference();
            var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
            var directives = ParseDirectives(isConst: true);
            Push(new InputValueDefinitionNode(LocationFrom(start), description, name, type, defaultValue, directives));
        }
        while (!ExpectOptional(close));

        return EndList<InputValueDefinitionNode>(values);
    }

    private EnumValueDefinitionNode[] ParseEnumValuesDefinition()
    {
        if (!ExpectOptional(TokenKind.LeftBrace))
        {
            return [];
        }

        var values = BeginList();
        do
        {
            var start = Mark();
            var description = ParseDescription();
            if (TokenValueIs("true"u8) || TokenValueIs("false"u8) || TokenValueIs("null"u8))
            {
                throw _reader.ErrorAtToken($"{_reader.Describe()} is reserved and cannot be used for an enum value.");
            }

            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            Push(new EnumValueDefinitionNode(LocationFrom(start), description, name, directives));
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return EndList<EnumValueDefinitionNode>(values);
    }

    private TypeSystemNode ParseTypeSystemExtension()
    {
        var start = Mark();
        var keyword = Peek();
        if (keyword.Kind != TokenKind.Name)
        {
            throw Unexpected(keyword);
        }

        var value = keyword.Value;
        if (!IsTypeSystemKeyword(value) || value.SequenceEqual("directive"u8))
        {
            throw Unexpected(keyword);
        }

        Advance(); // extend
        Advance(); // the keyword
        if (value.SequenceEqual("schema"u8))
        {
            var schemaDirectives = ParseDirectives(isConst: true);
            var operationTypes = BeginList();
            if (ExpectOptional(TokenKind.LeftBrace))
            {
                do
                {
                    Push(ParseOperationTypeDefinition());
                }
                while (!ExpectOptional(TokenKind.RightBrace));
            }

            return NonEmpty(schemaDirectives.Length + ListLength(operationTypes))
                ?? new SchemaExtensionNode(LocationFrom(start), schemaDirectives, EndList<OperationTypeDefinitionNode>(operationTypes));
        }

        var name = ParseName();
        if (value.SequenceEqual("scalar"u8))
        {
            var directives = ParseDirectives(isConst: true);
            return NonEmpty(directives.Length) ?? new ScalarTypeExtensionNode(LocationFrom(start), name, directives);
        }

        if (value.SequenceEqual("type"u8) || value.SequenceEqual("interface"u8))
        {
            var interfaces = ParseImplementsInterfaces();
            var directives = ParseDirectives(isConst: true);
            var fields = ParseFieldsDefinition();
            return NonEmpty(interfaces.Length + directives.Length + fields.Length)
                ?? (value.SequenceEqual("type"u8)
                    ? new ObjectTypeExtensionNode(LocationFrom(start), name, interfaces, directives, fields)
                    : new InterfaceTypeExtensionNode(LocationFrom(start), name, interfaces, directives, fields));
        }

        if (value.SequenceEqual("union"u8))
        {
            var directives = ParseDirectives(isConst: true);
            var types = ParseUnionMemberTypes();
            return NonEmpty(directives.Length + types.Length) ?? new UnionTypeExtensionNode(LocationFrom(start), name, directives, types);
        }

        if (value.SequenceEqual("enum"u8))
        {
            var directives = ParseDirectives(isConst: true);
            var values = ParseEnumValuesDefinition();
            return NonEmpty(directives.Length + values.Length) ?? new EnumTypeExtensionNode(LocationFrom(start), name, directives, values);
        }

        var inputDirectives = ParseDirectives(isConst: true);
        var inputFields = ParseInputFieldsDefinition();
        return NonEmpty(inputDirectives.Length + inputFields.Length)
            ?? new InputObjectTypeExtensionNode(LocationFrom(start), name, inputDirectives, inputFields);
    }

    // An extension must add something; an empty one is an error at the token after it.
    private readonly TypeSystemNode? NonEmpty(int added) => added == 0 ? throw Unexpected() : null;
}
