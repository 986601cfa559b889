using System.Collections;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution.Cost;

/// <summary>
/// The cost of an argument's value (cost spec §5.3.2.2): the argument's weight plus that of every input field the
/// value uses, recursively; without <c>@cost</c>, input objects weigh 1 and scalars and enums 0.
/// </summary>
internal static class InputCost
{
    /// <summary>The argument's weight, which counts once whatever its value.</summary>
    public static double WeightOf(InputValueDefinition input) => CostDirectives.WeightOf(input) ?? (NamedTypeOf(input.Type) is InputObjectType ? 1 : 0);

    /// <summary>Whether the value of an input of <paramref name="type"/> can weigh more than the argument itself (an input object field weighs something).</summary>
    public static bool DependsOnValue(GraphQLType type) => DependsOnValue(NamedTypeOf(type), []);

    /// <summary>The input fields' cost of a literal value.</summary>
    public static double OfLiteral(GraphQLType type, ValueNode value) => (NamedTypeOf(type), value) switch
    {
        (_, ListValueNode list) => list.Values.Sum(item => OfLiteral(type, item)),
        (InputObjectType inputObject, ObjectValueNode fields) => fields.Fields.Sum(field =>
            inputObject.Fields.TryGet(field.Name.Value, out var definition) && field.Value is not NullValueNode
                ? WeightOf(definition) + OfLiteral(definition.Type, field.Value)
                : 0),
        _ => 0,
    };

    /// <summary>The input fields' cost of a coerced value (a variable's).</summary>
    public static double OfValue(GraphQLType type, object? value) => (NamedTypeOf(type), value) switch
    {
        (_, null) => 0,
        (InputObjectType inputObject, IEnumerable<KeyValuePair<string, object?>> fields) => fields.Sum(field =>
            inputObject.Fields.TryGet(field.Key, out var definition) && field.Value is not null
                ? WeightOf(definition) + OfValue(definition.Type, field.Value)
                : 0),
        (_, string) => 0,
        (_, IEnumerable items) => items.Cast<object?>().Sum(item => OfValue(type, item)),
        _ => 0,
    };

    private static bool DependsOnValue(NamedType type, HashSet<NamedType> seen) =>
        type is InputObjectType inputObject && seen.Add(type) && inputObject.Fields.Any(field =>
            CostDirectives.WeightOf(field) is { } weight && weight != 0 || NamedTypeOf(field.Type) is InputObjectType || DependsOnValue(NamedTypeOf(field.Type), seen));

    private static NamedType NamedTypeOf(GraphQLType type) => type.GetNamedType();
}
