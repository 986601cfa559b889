using System.Globalization;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>Literal values without a type to guide them (graphql-js's <c>valueFromASTUntyped</c>).</summary>
internal static class LiteralValues
{
    public static object? ToUntyped(ValueNode literal) => literal switch
    {
        NullValueNode => null,
        BooleanValueNode b => b.Value,
        IntValueNode i => int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small)
            ? small
            : double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        EnumValueNode e => e.Value,
        ListValueNode l => l.Values.Select(ToUntyped).ToList(),
        ObjectValueNode o => o.Fields.ToDictionary(f => f.Name.Value, f => ToUntyped(f.Value), StringComparer.Ordinal),
        _ => throw new GraphQLCoercionException($"Unexpected variable {SyntaxPrinter.Print(literal)} in a constant value."),
    };
}
