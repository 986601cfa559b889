using System.Text.Json;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Binding;

/// <summary>Whether values of a CLR type can complete to a field's type (spec §6.4.3), decided when the schema is built.</summary>
internal static class ClrTypeCompatibility
{
    /// <summary>Why <paramref name="clrType"/> cannot complete to <paramref name="type"/>, or null when it can.</summary>
    public static string? Explain(Type clrType, GraphQLType type)
    {
        clrType = Nullable.GetUnderlyingType(clrType) ?? clrType;
        if (clrType == typeof(object) || clrType == typeof(JsonElement))
        {
            return null;
        }

        if (type is NonNullType nonNull)
        {
            type = nonNull.OfType;
        }

        var elementType = MemberReader.IsKeyed(clrType) ? null : ArgumentConverter.ElementTypeOf(clrType);
        if (type is ListType list)
        {
            return elementType is null ? $"{Name(clrType)} is not a list" : Explain(elementType, list.OfType);
        }

        if (elementType is not null)
        {
            return $"{Name(clrType)} is a list";
        }

        switch (type)
        {
            case EnumType enumType when clrType.IsEnum:
                var unmapped = enumType.UnmappedMembers(clrType);
                return unmapped.Count == 0 ? null : $"{Name(clrType)}.{string.Join(", .", unmapped)} stand for no value of {enumType.Name}";
            case LeafType leaf:
                return leaf.CanSerialize(clrType) ? null : $"{leaf.Name} cannot serialize a {Name(clrType)}";
            default:
                return IsScalarLike(clrType) ? $"{Name(clrType)} is a scalar value, not an object" : null;
        }
    }

    /// <summary>A resolver's declared result type without Task, ValueTask or Nullable; null for no result at all.</summary>
    public static Type? ResultTypeOf(Type returnType)
    {
        if (returnType == typeof(void) || returnType == typeof(Task) || returnType == typeof(ValueTask))
        {
            return null;
        }

        if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() is var definition && (definition == typeof(Task<>) || definition == typeof(ValueTask<>)))
        {
            returnType = returnType.GetGenericArguments()[0];
        }

        return Nullable.GetUnderlyingType(returnType) ?? returnType;
    }

    /// <summary>A CLR type whose members can serve an object type's fields.</summary>
    public static bool HasMembers(Type clrType) =>
        clrType != typeof(object) && clrType != typeof(JsonElement) && !MemberReader.IsKeyed(clrType) && !IsScalarLike(clrType)
        && ArgumentConverter.ElementTypeOf(clrType) is null;

    public static string Name(Type type) => type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>"
        : type.Name;

    private static bool IsScalarLike(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime)
        || type == typeof(DateTimeOffset) || type == typeof(Guid) || type == typeof(Uri) || type == typeof(TimeSpan);
}
