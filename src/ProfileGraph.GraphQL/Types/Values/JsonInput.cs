using System.Text.Json;

namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// Unwraps System.Text.Json values into the CLR primitives input coercion works on: null, bool, string, int, long,
/// double (whichever holds the number exactly), <c>List&lt;object?&gt;</c> and <c>Dictionary&lt;string, object?&gt;</c>.
/// </summary>
public static class JsonInput
{
    public static object? ToClr(object? value) => value is JsonElement element ? ToClr(element) : value;

    public static object? ToClr(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number when element.TryGetInt32(out var i) => i,
        JsonValueKind.Number when element.TryGetInt64(out var l) => l,
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(ToClr).ToList(),
        _ => element.EnumerateObject().ToDictionary(p => p.Name, p => ToClr(p.Value), StringComparer.Ordinal),
    };
}
