using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution.Planning;

/// <summary>
/// CollectFields (spec §6.3.2, https://spec.graphql.org/September2025/#sec-Field-Collection): the fields a set of
/// selection sets selects on one object type, grouped by response name in document order, after fragments whose
/// type condition applies and <c>@skip</c>/<c>@include</c>. In an incremental plan, a fragment under <c>@defer</c>
/// (whose <c>if</c> is not false) is set aside for later instead (the incremental delivery RFC's CollectFields).
/// </summary>
internal static class FieldCollector
{
    public static PlannedField[] Collect(OperationPlan plan, ObjectType type, IEnumerable<SelectionSetNode> selectionSets, IReadOnlyDictionary<string, object?> variables, List<DeferredFragment>? deferred = null)
    {
        var grouped = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        foreach (var selectionSet in selectionSets)
        {
            CollectInto(plan, type, selectionSet, variables, grouped, visitedFragments, plan.Incremental ? deferred : null);
        }

        var fields = new List<PlannedField>(grouped.Count);
        foreach (var (responseName, nodes) in grouped)
        {
            if (plan.Schema.GetSelectableField(type, nodes[0].Name.Value) is { } definition)
            {
                fields.Add(new PlannedField(plan, type, definition, responseName, nodes, plan.Incremental ? StreamOf(nodes[0], variables) : null));
            }
        }

        return [.. fields];
    }

    private static void CollectInto(
        OperationPlan plan,
        ObjectType type,
        SelectionSetNode selectionSet,
        IReadOnlyDictionary<string, object?> variables,
        OrderedDictionary<string, List<FieldNode>> grouped,
        HashSet<string> visitedFragments,
        List<DeferredFragment>? deferred)
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
                    if (plan.Fragments.TryGetValue(spread.Name.Value, out var fragment) && Applies(plan.Schema, type, fragment.TypeCondition))
                    {
                        if (deferred is not null && DeferOf(spread, variables) is { } deferLabel)
                        {
                            deferred.Add(new DeferredFragment(deferLabel.Item1, fragment.SelectionSet));
                        }
                        else if (visitedFragments.Add(spread.Name.Value))
                        {
                            CollectInto(plan, type, fragment.SelectionSet, variables, grouped, visitedFragments, deferred);
                        }
                    }

                    break;
                case InlineFragmentNode inline:
                    if (Applies(plan.Schema, type, inline.TypeCondition))
                    {
                        if (deferred is not null && DeferOf(inline, variables) is { } deferLabel)
                        {
                            deferred.Add(new DeferredFragment(deferLabel.Item1, inline.SelectionSet));
                        }
                        else
                        {
                            CollectInto(plan, type, inline.SelectionSet, variables, grouped, visitedFragments, deferred);
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>The label of a <c>@defer</c> that defers (its <c>if</c> is not false), as a one-element tuple; null when it does not.</summary>
    private static ValueTuple<string?>? DeferOf(SelectionNode selection, IReadOnlyDictionary<string, object?> variables)
    {
        foreach (var directive in selection.Directives)
        {
            if (directive.Name.Value == "defer")
            {
                return IsEnabled(directive, variables) ? new ValueTuple<string?>(LabelOf(directive)) : null;
            }
        }

        return null;
    }

    /// <summary>A field's <c>@stream</c> when it streams (its <c>if</c> is not false).</summary>
    private static StreamDirective? StreamOf(FieldNode field, IReadOnlyDictionary<string, object?> variables)
    {
        foreach (var directive in field.Directives)
        {
            if (directive.Name.Value == "stream" && IsEnabled(directive, variables))
            {
                var initialCount = directive.Arguments.FirstOrDefault(a => a.Name.Value == "initialCount")?.Value switch
                {
                    IntValueNode literal => int.Parse(literal.Value, System.Globalization.CultureInfo.InvariantCulture),
                    VariableNode variable => variables.TryGetValue(variable.Name.Value, out var value) ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) : 0,
                    _ => 0,
                };
                return initialCount < 0
                    ? throw new GraphQLException("initialCount must be a positive integer", ErrorCodes.BadUserInput)
                    : new StreamDirective(LabelOf(directive), initialCount);
            }
        }

        return null;
    }

    private static bool IsEnabled(DirectiveNode directive, IReadOnlyDictionary<string, object?> variables) =>
        directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value switch
        {
            BooleanValueNode literal => literal.Value,
            VariableNode variable => !variables.TryGetValue(variable.Name.Value, out var value) || value is not false,
            _ => true,
        };

    private static string? LabelOf(DirectiveNode directive) =>
        directive.Arguments.FirstOrDefault(a => a.Name.Value == "label")?.Value is StringValueNode label ? label.Value : null;

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
