using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.6.1 Values of Correct Type: literals coerce to the input type expected where they stand, including the
/// fields of input objects (required, known, and exactly one for <c>@oneOf</c>).
/// https://spec.graphql.org/September2025/#sec-Values-of-Correct-Type
/// </summary>
public sealed class ValuesOfCorrectTypeRule : ValidationRule
{
    // A list or object literal where a leaf is expected is reported as a whole; its contents are then skipped.
    private ValueNode? _skipped;

    public override void EnterListValue(ValidationContext context, ListValueNode node)
    {
        if (_skipped is not null)
        {
            return;
        }

        // As in graphql-js, a list literal in a non-list position is checked against the nullable item type.
        var type = context.TypeInfo.InputType is NonNullType nonNull ? nonNull.OfType : context.TypeInfo.InputType;
        if (type is not ListType)
        {
            CheckLeaf(context, node, type);
            _skipped = node;
        }
    }

    public override void LeaveListValue(ValidationContext context, ListValueNode node)
    {
        if (ReferenceEquals(_skipped, node))
        {
            _skipped = null;
        }
    }

    public override void EnterObjectValue(ValidationContext context, ObjectValueNode node)
    {
        if (_skipped is not null)
        {
            return;
        }

        if (context.TypeInfo.InputType?.GetNamedType() is not InputObjectType type)
        {
            CheckLeaf(context, node, context.TypeInfo.InputType);
            _skipped = node;
            return;
        }

        foreach (var field in type.Fields)
        {
            if (field.IsRequired && !HasField(node, field.Name))
            {
                context.ReportError($"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", node);
            }
        }

        if (type.IsOneOf)
        {
            CheckOneOf(context, node, type);
        }
    }

    public override void LeaveObjectValue(ValidationContext context, ObjectValueNode node)
    {
        if (ReferenceEquals(_skipped, node))
        {
            _skipped = null;
        }
    }

    public override void EnterObjectField(ValidationContext context, ObjectFieldNode node)
    {
        if (_skipped is not null || context.TypeInfo.InputType is not null
            || context.TypeInfo.ParentInputType?.GetNamedType() is not InputObjectType parent)
        {
            return;
        }

        var names = new List<string>(parent.Fields.Count);
        foreach (var field in parent.Fields)
        {
            names.Add(field.Name);
        }

        context.ReportError(
            $"Field \"{node.Name.Value}\" is not defined by type \"{parent.Name}\"." + Suggestions.DidYouMean(Suggestions.List(node.Name.Value, names)),
            node);
    }

    public override void EnterLeafValue(ValidationContext context, ValueNode node)
    {
        if (_skipped is not null)
        {
            return;
        }

        if (node is NullValueNode)
        {
            if (context.TypeInfo.InputType is NonNullType type)
            {
                context.ReportError($"Expected value of type \"{type}\", found null.", node);
            }

            return;
        }

        CheckLeaf(context, node, context.TypeInfo.InputType);
    }

    /// <summary>Whether the scalar or enum expected here accepts the literal (graphql-js's <c>isValidValueNode</c>).</summary>
    private static void CheckLeaf(ValidationContext context, ValueNode node, GraphQLType? locationType)
    {
        if (locationType is null)
        {
            return;
        }

        switch (locationType.GetNamedType())
        {
            case EnumType enumType:
                CheckEnum(context, node, enumType);
                break;
            case LeafType leaf:
                try
                {
                    leaf.ParseLiteral(node);
                }
                catch (GraphQLCoercionException exception)
                {
                    context.ReportError(exception.Message, node);
                }

                break;
            default:
                context.ReportError($"Expected value of type \"{locationType}\", found {SyntaxPrinter.Print(node)}.", node);
                break;
        }
    }

    private static void CheckEnum(ValidationContext context, ValueNode node, EnumType type)
    {
        if (node is EnumValueNode enumValue && type.Values.Contains(enumValue.Value))
        {
            return;
        }

        var printed = SyntaxPrinter.Print(node);
        var names = new List<string>(type.Values.Count);
        foreach (var value in type.Values)
        {
            names.Add(value.Name);
        }

        var suggestion = Suggestions.DidYouMean(Suggestions.List(printed, names), "the enum value");
        context.ReportError(
            node is EnumValueNode
                ? $"Value \"{printed}\" does not exist in \"{type.Name}\" enum." + suggestion
                : $"Enum \"{type.Name}\" cannot represent non-enum value: {printed}." + suggestion,
            node);
    }

    private static void CheckOneOf(ValidationContext context, ObjectValueNode node, InputObjectType type)
    {
        if (node.Fields.Count != 1)
        {
            context.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
            return;
        }

        var field = node.Fields[0];
        if (field.Value is NullValueNode)
        {
            context.ReportError($"Field \"{type.Name}.{field.Name.Value}\" must be non-null.", node);
        }
    }

    private static bool HasField(ObjectValueNode node, string name)
    {
        foreach (var field in node.Fields)
        {
            if (field.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
