using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution;

/// <summary>
/// CoerceArgumentValues (spec §6.4.2, https://spec.graphql.org/September2025/#sec-Coercing-Field-Arguments):
/// given literals and variables, defaults for the rest; an argument whose variable was not provided counts as
/// absent, which is different from an explicit null.
/// </summary>
internal static class ArgumentCoercion
{
    private static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>();

    public static IReadOnlyDictionary<string, object?> Coerce(FieldDefinition field, FieldNode node, IReadOnlyDictionary<string, object?> variables)
    {
        if (field.Arguments.Count == 0)
        {
            return None;
        }

        var coerced = new Dictionary<string, object?>(field.Arguments.Count, StringComparer.Ordinal);
        foreach (var argument in field.Arguments)
        {
            var literal = node.Arguments.FirstOrDefault(a => a.Name.Value == argument.Name)?.Value;
            var provided = literal is not null && (literal is not VariableNode variable || variables.ContainsKey(variable.Name.Value));
            if (!provided)
            {
                if (argument.DefaultValue is not null)
                {
                    coerced[argument.Name] = InputCoercion.CoerceLiteral(argument.DefaultValue, argument.Type);
                }
                else if (argument.Type is NonNullType)
                {
                    throw literal is VariableNode missing
                        ? Error($"Argument \"{argument.Name}\" of required type \"{argument.Type}\" was provided the variable \"${missing.Name.Value}\" which was not provided a runtime value.")
                        : Error($"Argument \"{argument.Name}\" of required type \"{argument.Type}\" was not provided.");
                }

                continue;
            }

            if (literal is VariableNode variableNode)
            {
                var value = variables[variableNode.Name.Value];
                coerced[argument.Name] = value is null && argument.Type is NonNullType
                    ? throw Error($"Argument \"{argument.Name}\" of non-null type \"{argument.Type}\" must not be null.")
                    : value;
                continue;
            }

            try
            {
                coerced[argument.Name] = InputCoercion.CoerceLiteral(literal!, argument.Type, variables);
            }
            catch (GraphQLCoercionException error)
            {
                throw Error($"Argument \"{argument.Name}\" has invalid value {SyntaxPrinter.Print(literal!)}. {error.Message}");
            }
        }

        return coerced;
    }

    private static GraphQLException Error(string message) => new(message, ErrorCodes.BadUserInput);
}
