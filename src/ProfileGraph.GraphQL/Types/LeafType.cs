using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// A scalar or enum: the types whose values are coerced one by one (spec §3.5, §3.9). Each direction of coercion
/// throws <see cref="GraphQLCoercionException"/> for a value it cannot represent.
/// </summary>
public abstract class LeafType : NamedType
{
    private protected LeafType(string name, string? description)
        : base(name, description)
    {
    }

    /// <summary>Result coercion: a resolver's value to a JSON-ready value (string, bool, int, double, ...).</summary>
    public abstract object? Serialize(object? value);

    /// <summary>
    /// Input coercion of a variable's value. Values are CLR primitives as JSON deserializes them (null, bool,
    /// string, int, long, double, decimal, lists, string-keyed dictionaries); a <see cref="System.Text.Json.JsonElement"/>
    /// is unwrapped to those first, so variables can be passed straight from the request body. Null stays null:
    /// whether null is allowed is the non-null wrapper's concern.
    /// </summary>
    public object? ParseValue(object? value) => JsonInput.ToClr(value) is { } clr ? ParseClrValue(clr) : null;

    /// <summary>
    /// Whether <see cref="Serialize"/> can succeed for some value of <paramref name="clrType"/>; schema binding
    /// rejects resolvers whose return type never can. Custom scalars accept anything unless they say otherwise.
    /// </summary>
    public virtual bool CanSerialize(Type clrType) => true;

    /// <summary>Input coercion of a literal without variables (callers substitute variables first).</summary>
    public abstract object? ParseLiteral(ValueNode literal);

    /// <summary>Input coercion of a non-null variable value, already unwrapped to CLR primitives.</summary>
    protected abstract object? ParseClrValue(object value);
}
