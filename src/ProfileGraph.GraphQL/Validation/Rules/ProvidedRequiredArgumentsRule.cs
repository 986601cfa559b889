using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.4.2.1 Required Arguments: non-null arguments without a default are given.
/// https://spec.graphql.org/September2025/#sec-Required-Arguments
/// </summary>
public sealed class ProvidedRequiredArgumentsRule : ValidationRule
{
    public override void LeaveField(ValidationContext context, FieldNode node)
    {
        if (context.TypeInfo.FieldDefinition is not { Arguments.Count: > 0 } field)
        {
            return;
        }

        foreach (var argument in field.Arguments)
        {
            if (argument.IsRequired && !IsGiven(node.Arguments, argument.Name))
            {
                context.ReportError($"Field \"{field.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", node);
            }
        }
    }

    public override void LeaveDirective(ValidationContext context, DirectiveNode node)
    {
        if (context.TypeInfo.Directive is not { } directive)
        {
            return;
        }

        foreach (var argument in directive.Arguments)
        {
            if (argument.IsRequired && !IsGiven(node.Arguments, argument.Name))
            {
                context.ReportError($"Directive \"@{directive.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", node);
            }
        }
    }

    private static bool IsGiven(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
