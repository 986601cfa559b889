using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using ProfileGraph.GraphQL.Execution.Planning;
using ProfileGraph.GraphQL.Types.Values;

namespace ProfileGraph.GraphQL.Binding;

/// <summary>
/// The default resolver: a field without a bound resolver reads the parent's property or field of that name
/// (<c>[GraphQLName]</c>, then case-insensitive), or its dictionary key or JSON property. Readers are compiled once
/// per CLR type and field name.
/// </summary>
internal sealed class MemberReader
{
    private static readonly ConcurrentDictionary<(Type, string), MemberReader> Cache = new();

    private MemberReader(Type type, Func<object, object?> read)
    {
        Type = type;
        Read = read;
    }

    public Type Type { get; }

    public Func<object, object?> Read { get; }

    public static object? ReadField(PlannedField field, object? parent)
    {
        if (parent is null)
        {
            return null;
        }

        var reader = field.LastReader;
        if (reader is null || reader.Type != parent.GetType())
        {
            reader = For(parent.GetType(), field.Field.Name);
            field.LastReader = reader;
        }

        return reader.Read(parent);
    }

    public static MemberReader For(Type type, string fieldName) => Cache.GetOrAdd((type, fieldName), key => Create(key.Item1, key.Item2));

    /// <summary>The property or field of <paramref name="type"/> that serves <paramref name="fieldName"/>, or null.</summary>
    public static MemberInfo? FindMember(Type type, string fieldName)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
        var members = type.GetProperties(flags).Where(p => p.GetIndexParameters().Length == 0 && p.CanRead).Cast<MemberInfo>()
            .Concat(type.GetFields(flags))
            .Where(m => m.GetCustomAttribute<GraphQLIgnoreAttribute>() is null)
            .ToList();
        return members.FirstOrDefault(m => ClrNames.Declared(m) == fieldName)
            ?? members.FirstOrDefault(m => ClrNames.Declared(m) is null && m.Name == fieldName)
            ?? members.FirstOrDefault(m => ClrNames.Declared(m) is null && ClrNames.Matches(fieldName, m.Name));
    }

    /// <summary>True for parents read by key rather than by member: dictionaries and JSON objects.</summary>
    public static bool IsKeyed(Type type) =>
        type == typeof(JsonElement) || typeof(IDictionary).IsAssignableFrom(type)
        || type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() is var d
            && (d == typeof(IDictionary<,>) || d == typeof(IReadOnlyDictionary<,>)) && i.GetGenericArguments()[0] == typeof(string));

    private static MemberReader Create(Type type, string fieldName)
    {
        if (type == typeof(JsonElement))
        {
            return new MemberReader(type, parent => ((JsonElement)parent) is { ValueKind: JsonValueKind.Object } element
                && element.TryGetProperty(fieldName, out var value) ? value : null);
        }

        if (IsKeyed(type))
        {
            return new MemberReader(type, parent => parent switch
            {
                IDictionary<string, object?> map => map.TryGetValue(fieldName, out var value) ? value : null,
                IReadOnlyDictionary<string, object?> map => map.TryGetValue(fieldName, out var value) ? value : null,
                IDictionary map => map.Contains(fieldName) ? map[fieldName] : null,
                _ => ReadGenericDictionary(parent, fieldName),
            });
        }

        if (FindMember(type, fieldName) is not { } member)
        {
            return new MemberReader(type, _ => null);
        }

        var instance = Expression.Parameter(typeof(object), "parent");
        var access = Expression.MakeMemberAccess(Expression.Convert(instance, type), member);
        var body = Boxed.ToObject(access);
        return new MemberReader(type, Expression.Lambda<Func<object, object?>>(body, instance).Compile());
    }

    private static object? ReadGenericDictionary(object parent, string key)
    {
        // IReadOnlyDictionary<string, T> for a T other than object: rare, so reflection is good enough.
        var tryGet = parent.GetType().GetMethod("TryGetValue");
        object?[] arguments = [key, null];
        return tryGet?.Invoke(parent, arguments) is true ? arguments[1] : null;
    }
}
