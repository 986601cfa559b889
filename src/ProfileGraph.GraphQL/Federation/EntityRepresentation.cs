using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;

namespace ProfileGraph.GraphQL.Federation;

/// <summary>
/// One item of <c>_entities(representations:)</c>, the <c>_Any</c> value a gateway sends to name an entity: its
/// <c>__typename</c> and the fields of one of its <c>@key</c>s (plus any fields the gateway was asked to pass for
/// <c>@requires</c>). Values are as JSON gives them: strings, numbers, booleans, null, lists and nested objects
/// (<see cref="IReadOnlyDictionary{TKey, TValue}"/>). Immutable, so a representation written as a literal can be
/// cached with its document.
/// </summary>
public sealed class EntityRepresentation : IReadOnlyDictionary<string, object?>
{
    public const string TypeNameField = "__typename";

    private readonly Dictionary<string, object?> _fields;

    internal EntityRepresentation(string typeName, Dictionary<string, object?> fields)
    {
        TypeName = typeName;
        _fields = fields;
    }

    /// <summary>The entity's object type, from <c>__typename</c>.</summary>
    public string TypeName { get; }

    public int Count => _fields.Count;

    public IEnumerable<string> Keys => _fields.Keys;

    public IEnumerable<object?> Values => _fields.Values;

    /// <summary>The field's value; throws <see cref="KeyNotFoundException"/> when the representation does not have it.</summary>
    public object? this[string key] => _fields[key];

    public bool ContainsKey(string key) => _fields.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value) => _fields.TryGetValue(key, out value);

    /// <summary>A field as a string: strings as they are, numbers and booleans in their JSON form; null when absent or null.</summary>
    public string? GetString(string key) => _fields.GetValueOrDefault(key) switch
    {
        null => null,
        string text => text,
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString(),
    };

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _fields.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The representation as JSON, e.g. <c>{"__typename":"User","id":"1"}</c>.</summary>
    public override string ToString() => JsonSerializer.Serialize(_fields);

    /// <summary>
    /// A representation from a coerced <c>_Any</c> input value (a JSON object unwrapped to a dictionary), or null
    /// when it is not an object with a non-empty <c>__typename</c> string.
    /// </summary>
    internal static EntityRepresentation? From(object? value)
    {
        var fields = value switch
        {
            EntityRepresentation representation => representation._fields,
            IReadOnlyDictionary<string, object?> map => map.ToDictionary(StringComparer.Ordinal),
            IDictionary<string, object?> map => map.ToDictionary(StringComparer.Ordinal),
            _ => null,
        };
        return fields is not null && fields.TryGetValue(TypeNameField, out var typeName) && typeName is string { Length: > 0 } name
            ? new EntityRepresentation(name, fields)
            : null;
    }
}
