using System.Collections.Frozen;

namespace ProfileGraph.GraphQL.Language;

/// <summary>The spec's spelling of each <see cref="DirectiveLocation"/>, e.g. <c>FRAGMENT_SPREAD</c>.</summary>
public static class DirectiveLocationNames
{
    private static readonly string[] Names =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
    ];

    private static readonly FrozenDictionary<string, DirectiveLocation> ByName =
        Names.Select((name, index) => (name, index)).ToFrozenDictionary(p => p.name, p => (DirectiveLocation)p.index, StringComparer.Ordinal);

    public static string ToSpecName(this DirectiveLocation location) => Names[(int)location];

    public static bool TryParse(string name, out DirectiveLocation location) => ByName.TryGetValue(name, out location);
}
