using System.Linq.Expressions;

namespace ProfileGraph.GraphQL.Types.Values;

/// <summary>
/// Shared boxes for the values every response repeats (booleans above all: introspection alone reads hundreds of
/// <c>isDeprecated</c> flags), so reading a member as <see cref="object"/> does not allocate each time.
/// </summary>
internal static class Boxed
{
    public static readonly object True = true;
    public static readonly object False = false;

    public static object Bool(bool value) => value ? True : False;

    /// <summary>Converts a compiled member read or call result to <see cref="object"/>, booleans through the shared boxes.</summary>
    public static Expression ToObject(Expression value) => value.Type == typeof(bool)
        ? Expression.Call(typeof(Boxed), nameof(Bool), null, value)
        : Expression.Convert(value, typeof(object));
}
