using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.8.5 All Variable Usages Are Allowed: a variable's type fits every position it is used in, and a @oneOf field's only if non-null.
/// https://spec.graphql.org/September2025/#sec-All-Variable-Usages-Are-Allowed
/// </summary>
public sealed class VariablesInAllowedPositionRule : ValidationRule
{
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (usage.Type is not { } locationType || Find(operation, name) is not { } variable
                    || context.TypeInfo.TypeFromSyntax(variable.Type) is not { } variableType)
                {
                    continue;
                }

                if (!IsAllowed(context.Schema, variableType, variable.DefaultValue, locationType, usage.DefaultValue))
                {
                    context.ReportError($"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".", variable, usage.Node);
                }

                if (usage.ParentType is { IsOneOf: true } oneOf && variableType is not NonNullType)
                {
                    context.ReportError($"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".", variable, usage.Node);
                }
            }
        }
    }

    private static VariableDefinitionNode? Find(OperationDefinitionNode operation, string name)
    {
        foreach (var variable in operation.VariableDefinitions)
        {
            if (variable.Variable.Name.Value == name)
            {
                return variable;
            }
        }

        return null;
    }

    /// <summary>A nullable variable may fill a non-null position when it or the position has a non-null default.</summary>
    private static bool IsAllowed(GraphQLSchema schema, GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, ValueNode? locationDefault)
    {
        if (locationType is NonNullType nonNull && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            return (hasNonNullVariableDefault || locationDefault is not null) && schema.IsTypeSubTypeOf(variableType, nonNull.OfType);
        }

        return schema.IsTypeSubTypeOf(variableType, locationType);
    }
}
