using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.2.3.1 Single Root Field: a subscription selects one root field, and not an introspection one.
/// https://spec.graphql.org/September2025/#sec-Single-Root-Field
/// </summary>
public sealed class SingleFieldSubscriptionsRule : ValidationRule
{
    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        if (node.Operation != OperationType.Subscription || context.Schema.SubscriptionType is not { } subscriptionType)
        {
            return;
        }

        var fields = new List<FieldNode>();
        CollectFields(context, subscriptionType, node.SelectionSet, fields, new HashSet<string>(StringComparer.Ordinal));
        if (fields.Count == 0)
        {
            return;
        }

        var subject = node.Name is { } name ? $"Subscription \"{name.Value}\"" : "Anonymous Subscription";
        var groups = GroupByResponseName(fields);
        if (groups.Count > 1)
        {
            var extra = new List<FieldNode>();
            for (var i = 1; i < groups.Count; i++)
            {
                extra.AddRange(groups[i]);
            }

            context.ReportError($"{subject} must select only one top level field.", extra);
        }

        foreach (var group in groups)
        {
            if (group[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                context.ReportError($"{subject} must not select an introspection top level field.", group);
            }
        }
    }

    private static List<List<FieldNode>> GroupByResponseName(List<FieldNode> fields)
    {
        var groups = new List<List<FieldNode>>();
        var byName = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (!byName.TryGetValue(field.ResponseName, out var group))
            {
                group = [];
                byName[field.ResponseName] = group;
                groups.Add(group);
            }

            group.Add(field);
        }

        return groups;
    }

    /// <summary>The root fields in execution order (graphql-js's <c>collectFields</c> with no variable values).</summary>
    private static void CollectFields(ValidationContext context, ObjectType root, SelectionSetNode selectionSet, List<FieldNode> fields, HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (IsSkipped(selection))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    fields.Add(field);
                    break;
                case InlineFragmentNode inline when Applies(context, root, inline.TypeCondition):
                    CollectFields(context, root, inline.SelectionSet, fields, visitedFragments);
                    break;
                case FragmentSpreadNode spread when visitedFragments.Add(spread.Name.Value)
                    && context.GetFragment(spread.Name.Value) is { } fragment && Applies(context, root, fragment.TypeCondition):
                    CollectFields(context, root, fragment.SelectionSet, fields, visitedFragments);
                    break;
            }
        }
    }

    /// <summary><c>@skip(if: true)</c> or <c>@include(if: false)</c>; without variable values a variable condition counts as unset.</summary>
    private static bool IsSkipped(SelectionNode selection)
    {
        foreach (var directive in selection.Directives)
        {
            var skipWhen = directive.Name.Value switch
            {
                "skip" => true,
                "include" => false,
                _ => (bool?)null,
            };
            if (skipWhen is { } expected && directive.Arguments is [{ Name.Value: "if", Value: BooleanValueNode condition }] && condition.Value == expected)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Applies(ValidationContext context, ObjectType root, NamedTypeNode? condition) =>
        condition is null || context.Schema.GetType(condition.Name.Value) is { } type
            && (ReferenceEquals(type, root) || (type is InterfaceType or UnionType && context.Schema.IsSubType(type, root)));
}
