using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Binding;

/// <summary>
/// Resolves the object type of a value of an abstract type (spec §6.4.3 ResolveAbstractType): its
/// <c>__typename</c> key, else the CLR types bound to (or inferred for) the possible types, else a CLR type named
/// like one of them, else the possible types' IsTypeOf checks.
/// </summary>
internal static class RuntimeTypes
{
    private static readonly ConditionalWeakTable<NamedType, ConcurrentDictionary<Type, ObjectType?>> ByClrType = new();

    public static ObjectType? Resolve(GraphQLSchema schema, NamedType abstractType, object value)
    {
        var possible = schema.GetPossibleTypes(abstractType);
        if (TypeNameOf(value) is { } typeName)
        {
            return possible.FirstOrDefault(t => t.Name == typeName);
        }

        var byClrType = ByClrType.GetValue(abstractType, _ => new ConcurrentDictionary<Type, ObjectType?>());
        var resolved = byClrType.GetOrAdd(value.GetType(), type => FromClrType(possible, type));
        return resolved ?? possible.FirstOrDefault(t => t.IsTypeOf?.Invoke(value) == true);
    }

    private static ObjectType? FromClrType(IReadOnlyList<ObjectType> possible, Type type) =>
        possible.FirstOrDefault(t => t.RuntimeTypes.Contains(type))
        ?? possible.FirstOrDefault(t => t.RuntimeTypes.Any(r => r.IsAssignableFrom(type)))
        ?? possible.FirstOrDefault(t => t.Name == type.Name && t.IsTypeOf is null);

    private static string? TypeNameOf(object value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault("__typename") as string,
        IDictionary<string, object?> map => map.TryGetValue("__typename", out var name) ? name as string : null,
        JsonElement { ValueKind: JsonValueKind.Object } element when element.TryGetProperty("__typename", out var name) => name.GetString(),
        _ => null,
    };
}
