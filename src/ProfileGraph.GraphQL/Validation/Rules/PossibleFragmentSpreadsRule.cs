using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.5.2.3 Fragment Spread Is Possible: the fragment's type and the parent type share some object type.
/// https://spec.graphql.org/September2025/#sec-Fragment-Spread-Is-Possible
/// </summary>
public sealed class PossibleFragmentSpreadsRule : ValidationRule
{
    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode node)
    {
        if (context.TypeInfo.Type?.GetNamedType() is { } fragmentType && IsComposite(fragmentType)
            && context.TypeInfo.ParentType is { } parentType && !TypesOverlap(context.Schema, fragmentType, parentType))
        {
            context.ReportError($"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".", node);
        }
    }

    public override void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node)
    {
        if (context.GetFragment(node.Name.Value) is { } fragment
            && context.Schema.GetType(fragment.TypeCondition.Name.Value) is { } fragmentType && IsComposite(fragmentType)
            && context.TypeInfo.ParentType is { } parentType && !TypesOverlap(context.Schema, fragmentType, parentType))
        {
            context.ReportError($"Fragment \"{node.Name.Value}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".", node);
        }
    }

    private static bool IsComposite(NamedType type) => type.Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    /// <summary>graphql-js's <c>doTypesOverlap</c>.</summary>
    private static bool TypesOverlap(GraphQLSchema schema, NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        var aIsAbstract = a.Kind is TypeKind.Interface or TypeKind.Union;
        var bIsAbstract = b.Kind is TypeKind.Interface or TypeKind.Union;
        if (aIsAbstract && bIsAbstract)
        {
            foreach (var possible in schema.GetPossibleTypes(a))
            {
                if (schema.IsSubType(b, possible))
                {
                    return true;
                }
            }

            return false;
        }

        return aIsAbstract ? schema.IsSubType(a, b) : bIsAbstract && schema.IsSubType(b, a);
    }
}
