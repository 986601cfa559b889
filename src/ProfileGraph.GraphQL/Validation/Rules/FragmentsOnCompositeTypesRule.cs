using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.5.1.3 Fragments On Composite Types: type conditions name objects, interfaces or unions.
/// https://spec.graphql.org/September2025/#sec-Fragments-On-Composite-Types
/// </summary>
public sealed class FragmentsOnCompositeTypesRule : ValidationRule
{
    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode node)
    {
        if (node.TypeCondition is { } condition && IsNonComposite(context, condition))
        {
            context.ReportError($"Fragment cannot condition on non composite type \"{condition.Name.Value}\".", condition);
        }
    }

    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node)
    {
        if (IsNonComposite(context, node.TypeCondition))
        {
            context.ReportError($"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{node.TypeCondition.Name.Value}\".", node.TypeCondition);
        }
    }

    private static bool IsNonComposite(ValidationContext context, NamedTypeNode condition) =>
        context.Schema.GetType(condition.Name.Value) is { Kind: not (TypeKind.Object or TypeKind.Interface or TypeKind.Union) };
}
