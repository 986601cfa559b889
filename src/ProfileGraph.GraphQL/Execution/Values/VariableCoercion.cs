using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution;

/// <summary>
/// CoerceVariableValues (spec §6.4.1, https://spec.graphql.org/September2025/#sec-Coercing-Variable-Values):
/// the operation's variables from the request's values and the definitions' defaults. A variable neither given nor
/// defaulted is left out, so arguments can tell "absent" from "null". Messages are graphql-js 16's.
/// </summary>
public static class VariableCoercion
{
    /// <summary>The coerced values, or every problem found (as <see cref="ErrorCodes.BadUserInput"/> errors).</summary>
    public static IReadOnlyDictionary<string, object?> Coerce(GraphQLSchema schema, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? given, List<GraphQLError> errors)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(errors);
        if (operation.VariableDefinitions.Count == 0)
        {
            return Planning.OperationPlan.NoVariables;
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            var type = schema.GetType(definition.Type);
            if (type is null || !type.IsInputType)
            {
                // Validation reports this; a request that skipped validation still must not crash.
                Report(errors, $"Variable \"${name}\" expected value of type \"{SyntaxPrinter.Print(definition.Type)}\" which cannot be used as an input type.", definition);
                continue;
            }

            if (given is null || !given.TryGetValue(name, out var value))
            {
                if (definition.DefaultValue is not null)
                {
                    coerced[name] = InputCoercion.CoerceLiteral(definition.DefaultValue, type);
                }
                else if (type is NonNullType)
                {
                    Report(errors, $"Variable \"${name}\" of required type \"{type}\" was not provided.", definition);
                }

                continue;
            }

            value = JsonInput.ToClr(value);
            if (value is null && type is NonNullType)
            {
                Report(errors, $"Variable \"${name}\" of non-null type \"{type}\" must not be null.", definition);
                continue;
            }

            try
            {
                coerced[name] = InputCoercion.CoerceValue(value, type);
            }
            catch (GraphQLCoercionException error)
            {
                Report(errors, $"Variable \"${name}\" got invalid value {ValueInspector.Inspect(value)}; {error.Message}", definition);
            }
        }

        return coerced;
    }

    private static void Report(List<GraphQLError> errors, string message, VariableDefinitionNode definition) =>
        errors.Add(new GraphQLError(message, ErrorCodes.BadUserInput, definition.Location is { } location ? [location] : null));
}
