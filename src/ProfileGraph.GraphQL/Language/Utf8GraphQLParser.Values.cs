namespace ProfileGraph.GraphQL.Language;

/// <summary>Value literals and type references (spec §2.9, §2.11).</summary>
public ref partial struct Utf8GraphQLParser
{
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var start = Mark();
        switch (Kind)
        {
            case TokenKind.LeftBracket:
                return ParseList(isConst);
            case TokenKind.LeftBrace:
                return ParseObject(isConst);
            case TokenKind.Int:
                {
                    var value = _reader.GetRawValue();
                    Advance();
                    return new IntValueNode(LocationFrom(start), value);
                }

            case TokenKind.Float:
                {
                    var value = _reader.GetRawValue();
                    Advance();
                    return new FloatValueNode(LocationFrom(start), value);
                }

            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                return ParseNameValue(start);
            case TokenKind.Dollar:
                if (isConst)
                {
                    var next = Peek();
                    throw next.Kind == TokenKind.Name
                        ? _reader.ErrorAtToken($"Unexpected variable \"${next.GetRawValue()}\" in constant value.")
                        : Unexpected();
                }

                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    private ValueNode ParseNameValue(TokenStart start)
    {
        var name = _reader.Value;
        if (name.SequenceEqual("true"u8) || name.SequenceEqual("false"u8))
        {
            var value = name.Length == 4;
            Advance();
            return new BooleanValueNode(LocationFrom(start), value);
        }

        if (name.SequenceEqual("null"u8))
        {
            Advance();
            return new NullValueNode(LocationFrom(start));
        }

        var enumValue = _reader.GetName();
        Advance();
        return new EnumValueNode(LocationFrom(start), enumValue);
    }

    private ListValueNode ParseList(bool isConst)
    {
        var start = Mark();
        Expect(TokenKind.LeftBracket);
        EnterNesting(start);
        var values = BeginList();
        while (!ExpectOptional(TokenKind.RightBracket))
        {
            Push(ParseValueLiteral(isConst));
        }

        LeaveNesting();
        return new ListValueNode(LocationFrom(start), EndList<ValueNode>(values));
    }

    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = Mark();
        Expect(TokenKind.LeftBrace);
        EnterNesting(start);
        var fields = BeginList();
        while (!ExpectOptional(TokenKind.RightBrace))
        {
            var fieldStart = Mark();
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            Push(new ObjectFieldNode(LocationFrom(fieldStart), name, value));
        }

        LeaveNesting();
        return new ObjectValueNode(LocationFrom(start), EndList<ObjectFieldNode>(fields));
    }

    private StringValueNode ParseStringLiteral()
    {
        var start = Mark();
        var block = Kind == TokenKind.BlockString;
        var value = _reader.GetString();
        Advance();
        return new StringValueNode(LocationFrom(start), value, block);
    }

    private TypeNode ParseTypeReference()
    {
        var start = Mark();
        TypeNode type;
        if (ExpectOptional(TokenKind.LeftBracket))
        {
            EnterNesting(start);
            var inner = ParseTypeReference();
            Expect(TokenKind.RightBracket);
            LeaveNesting();
            type = new ListTypeNode(LocationFrom(start), inner);
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptional(TokenKind.Bang) ? new NonNullTypeNode(LocationFrom(start), type) : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = Mark();
        var name = ParseName();
        return new NamedTypeNode(LocationFrom(start), name);
    }
}
