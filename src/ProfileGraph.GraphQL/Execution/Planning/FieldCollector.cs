using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution.Planning;

/// <summary>
/// CollectFields (spec §6.3.2, https://spec.graphql.org/September2025/#sec-Field-Collection): the fields a set of
/// selection sets selects on one object type, grouped by response name in document order, after fragments whose
/// type condition applies and <c>@skip</c>/<c>@include</c>.
/// </summary>
internal static class FieldCollector
{
    public static PlannedField[] Collect(OperationPlan plan, ObjectType type, IEnumerable<SelectionSetNode> selectionSets, IReadOnlyDictionary<string, object?> variables)
    {
        var grouped = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        foreach (var selectionSet in selectionSets)
        {
            CollectInto(plan, type, selectionSet, variables, grouped, visitedFragments);
        }

        var fields = new List<PlannedField>(grouped.Count);
        foreach (var (responseName, nodes) in grouped)
        {
            if (plan.Schema.GetSelectableField(type, nodes[0].Name.Value) is { } definition)
            {
                fields.Add(new PlannedField(plan, type, definition, responseName, nodes));
            }
        }

        return [.. fields];
    }

    private static void CollectInto(OperationPlan plan, ObjectType type, SelectionSetNode selectionSet, IReadOnlyDictionary<string, object?> variables, OrderedDictionary<string, List<FieldNode>> grouped, HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(selection, variables))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    if (!grouped.TryGetValue(field.ResponseName, out var nodes))
                    {
                        grouped.Add(field.ResponseName, nodes = []);
                    }

                    nodes.Add(field);
                    break;
                case FragmentSpreadNode spread:
                    if (visitedFragments.Add(spread.Name.Value)
                        && plan.Fragments.TryGetValue(spread.Name.Value, out var fragment)
                        && Applies(plan.Schema, type, fragment.TypeCondition))
                    {
                        CollectInto(plan, type, fragment.SelectionSet, variables, grouped, visitedFragments);
                    }

                    break;
                case InlineFragmentNode inline:
                    if (Applies(plan.Schema, type, inline.TypeCondition))
                    {
                        CollectInto(plan, type, inline.SelectionSet, variables, grouped, visitedFragments);
                    }

                    break;
            }
        }
    }

    /// <summary>DoesFragmentTypeApply (spec §6.3.2).</summary>
    private static bool Applies(GraphQLSchema schema, ObjectType type, NamedTypeNode? condition)
    {
        if (condition is null || condition.Name.Value == type.Name)
        {
            return true;
        }

        return schema.GetType(condition.Name.Value) is { } conditionType
            && conditionType is InterfaceType or UnionType
            && schema.IsSubType(conditionType, type);
    }

    /// <summary><c>@skip(if:)</c> and <c>@include(if:)</c> (spec §3.13.2, §3.13.3); validation has checked their arguments.</summary>
    private static bool ShouldInclude(SelectionNode selection, IReadOnlyDictionary<string, object?> variables)
    {
        foreach (var directive in selection.Directives)
        {
            var name = directive.Name.Value;
            if (name is "skip" or "include" && directive.Arguments.Count > 0)
            {
                var condition = directive.Arguments[0].Value switch
                {
                    BooleanValueNode literal => literal.Value,
                    VariableNode variable => variables.TryGetValue(variable.Name.Value, out var value) && value is true,
                    _ => false,
                };
                if (condition == (name == "skip"))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
