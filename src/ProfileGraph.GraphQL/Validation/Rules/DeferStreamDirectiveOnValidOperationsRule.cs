using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Validation.Rules;

/// <summary>
/// Incremental delivery RFC: a subscription operation (with the fragments it uses) may not defer or stream, unless
/// the directive's <c>if</c> is false or a variable (which execution then requires to be false).
/// graphql-js 17's DeferStreamDirectiveOnValidOperationsRule.
/// </summary>
public sealed class DeferStreamDirectiveOnValidOperationsRule : ValidationRule
{
    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        if (node.Operation == OperationType.Subscription)
        {
            Check(context, node.SelectionSet, new HashSet<string>(StringComparer.Ordinal));
        }
    }

    private static void Check(ValidationContext context, SelectionSetNode selectionSet, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value is "defer" or "stream" && context.Schema.GetDirective(directive.Name.Value) is not null && !IsDisabled(directive))
                {
                    var name = directive.Name.Value == "defer" ? "Defer" : "Stream";
                    context.ReportError($"{name} directive not supported on subscription operations. Disable `@{directive.Name.Value}` by setting the `if` argument to `false`.", directive);
                }
            }

            switch (selection)
            {
                case FieldNode { SelectionSet: { } children }:
                    Check(context, children, visited);
                    break;
                case InlineFragmentNode inline:
                    Check(context, inline.SelectionSet, visited);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value) && context.GetFragment(spread.Name.Value) is { } fragment:
                    Check(context, fragment.SelectionSet, visited);
                    break;
            }
        }
    }

    private static bool IsDisabled(DirectiveNode directive) =>
        directive.Arguments.FirstOrDefault(argument => argument.Name.Value == "if")?.Value is BooleanValueNode { Value: false } or VariableNode;
}
