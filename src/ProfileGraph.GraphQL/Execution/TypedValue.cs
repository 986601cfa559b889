using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution;

/// <summary>
/// A resolver's value whose object type is already known, for a field of an abstract type (or a list item of one):
/// the executor completes <see cref="Value"/> as <see cref="Type"/> instead of resolving the abstract type, and the
/// fields below see <see cref="Value"/> as their parent. Federation's <c>_entities</c> uses it, since the
/// representation's <c>__typename</c> says what each entity is whatever CLR type its resolver returns.
/// </summary>
public sealed class TypedValue
{
    public TypedValue(ObjectType type, object value)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(value);
        Type = type;
        Value = value;
    }

    public ObjectType Type { get; }

    public object Value { get; }

    public override string ToString() => $"{Type.Name}: {Value}";
}
