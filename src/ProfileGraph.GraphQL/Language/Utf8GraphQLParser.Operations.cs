namespace ProfileGraph.GraphQL.Language;

/// <summary>Documents and executable definitions (spec §2.2 – §2.8, §2.10, §2.12).</summary>
public ref partial struct Utf8GraphQLParser
{
    private DocumentNode ParseDocument()
    {
        var start = Mark();
        var definitions = BeginList();
        do
        {
            Push(ParseDefinition());
        }
        while (Kind != TokenKind.EndOfFile);

        return new DocumentNode(LocationFrom(start), EndList<DefinitionNode>(definitions));
    }

    private DefinitionNode ParseDefinition()
    {
        if (Kind == TokenKind.LeftBrace)
        {
            return ParseOperationDefinition();
        }

        var hasDescription = Kind is TokenKind.String or TokenKind.BlockString;
        var keyword = hasDescription ? Peek() : _reader;
        if (hasDescription && keyword.Kind == TokenKind.LeftBrace)
        {
            throw _reader.ErrorAtToken("Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keyword.Kind == TokenKind.Name)
        {
            var value = keyword.Value;
            if (value.SequenceEqual("query"u8) || value.SequenceEqual("mutation"u8) || value.SequenceEqual("subscription"u8))
            {
                return ParseOperationDefinition();
            }

            if (value.SequenceEqual("fragment"u8))
            {
                return ParseFragmentDefinition();
            }

            if (IsTypeSystemKeyword(value))
            {
                return ParseTypeSystemDefinition(value);
            }

            if (hasDescription)
            {
                throw _reader.ErrorAtToken("Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (value.SequenceEqual("extend"u8))
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword);
    }

    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = Mark();
        if (Kind == TokenKind.LeftBrace)
        {
            var shorthand = ParseSelectionSet();
            return new OperationDefinitionNode(LocationFrom(start), null, OperationType.Query, null, [], [], shorthand);
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Kind == TokenKind.Name ? ParseName() : null;
        var variables = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(LocationFrom(start), description, operation, name, variables, directives, selectionSet);
    }

    // Like graphql-js, the name is consumed before it is checked, so a lexical error in the token after it wins.
    private OperationType ParseOperationType()
    {
        var token = _reader;
        Expect(TokenKind.Name);
        return token.Value switch
        {
            var v when v.SequenceEqual("query"u8) => OperationType.Query,
            var v when v.SequenceEqual("mutation"u8) => OperationType.Mutation,
            var v when v.SequenceEqual("subscription"u8) => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    private VariableDefinitionNode[] ParseVariableDefinitions()
    {
        if (!ExpectOptional(TokenKind.LeftParenthesis))
        {
            return [];
        }

        var definitions = BeginList();
        do
        {
            Push(ParseVariableDefinition());
        }
        while (!ExpectOptional(TokenKind.RightParenthesis));

        return EndList<VariableDefinitionNode>(definitions);
    }

    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Mark();
        var description = ParseDescription();
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(LocationFrom(start), description, variable, type, defaultValue, directives);
    }

    private VariableNode ParseVariable()
    {
        var start = Mark();
        Expect(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode(LocationFrom(start), name);
    }

    private SelectionSetNode ParseSelectionSet()
    {
        var start = Mark();
        Expect(TokenKind.LeftBrace);
        EnterNesting(start);
        var selections = BeginList();
        do
        {
            Push(Kind == TokenKind.Spread ? ParseFragment() : ParseField());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        LeaveNesting();
        return new SelectionSetNode(LocationFrom(start), EndList<SelectionNode>(selections));
    }

    private FieldNode ParseField()
    {
        var start = Mark();
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Kind == TokenKind.LeftBrace ? ParseSelectionSet() : null;
        return new FieldNode(LocationFrom(start), alias, name, arguments, directives, selectionSet);
    }

    private ArgumentNode[] ParseArguments(bool isConst)
    {
        if (!ExpectOptional(TokenKind.LeftParenthesis))
        {
            return [];
        }

        var arguments = BeginList();
        do
        {
            var start = Mark();
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            Push(new ArgumentNode(LocationFrom(start), name, value));
        }
        while (!ExpectOptional(TokenKind.RightParenthesis));

        return EndList<ArgumentNode>(arguments);
    }

    private SelectionNode ParseFragment()
    {
        var start = Mark();
        Expect(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on"u8);
        if (!hasTypeCondition && Kind == TokenKind.Name)
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(LocationFrom(start), name, spreadDirectives);
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(LocationFrom(start), typeCondition, directives, selectionSet);
    }

    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = Mark();
        var description = ParseDescription();
        ExpectKeyword("fragment"u8);
        var name = ParseFragmentName();
        ExpectKeyword("on"u8);
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(LocationFrom(start), description, name, typeCondition, directives, selectionSet);
    }

    private NameNode ParseFragmentName()
    {
        if (TokenValueIs("on"u8))
        {
            throw Unexpected();
        }

        return ParseName();
    }

    private DirectiveNode[] ParseDirectives(bool isConst)
    {
        if (Kind != TokenKind.At)
        {
            return [];
        }

        var directives = BeginList();
        while (Kind == TokenKind.At)
        {
            var start = Mark();
            Advance();
            var name = ParseName();
            var arguments = ParseArguments(isConst);
            Push(new DirectiveNode(LocationFrom(start), name, arguments));
        }

        return EndList<DirectiveNode>(directives);
    }

    private StringValueNode? ParseDescription() =>
        Kind is TokenKind.String or TokenKind.BlockString ? ParseStringLiteral() : null;
}
