using System.Collections;
using System.Globalization;
using System.Reflection;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Binding;

/// <summary>
/// Turns coerced input values (CLR primitives, <c>List&lt;object?&gt;</c>, <c>Dictionary&lt;string, object?&gt;</c>) into
/// the CLR types resolver parameters declare: numbers widened, enum values to CLR enum members, lists to arrays or
/// lists, input objects to records or classes (constructor parameters and settable properties matched by name).
/// </summary>
internal static class ArgumentConverter
{
    public static T? Convert<T>(IReadOnlyDictionary<string, object?> arguments, string name, GraphQLType type) =>
        arguments.TryGetValue(name, out var value) ? (T?)Convert(value, typeof(T), type) : default;

    public static object? Convert(object? value, Type target, GraphQLType type)
    {
        var named = type is NonNullType nonNull ? nonNull.OfType : type;
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (value is null)
        {
            return target.IsValueType && underlying == target ? Activator.CreateInstance(target) : null;
        }

        if (underlying.IsInstanceOfType(value) && (named is not ListType || value is not string))
        {
            return value;
        }

        if (underlying.IsEnum && value is string enumName && named.GetNamedType() is EnumType enumType)
        {
            return enumType.ToClrEnum(enumName, underlying);
        }

        if (named is ListType list && value is IEnumerable items and not string)
        {
            return ToList(items, underlying, list.OfType);
        }

        if (value is IDictionary<string, object?> fields && named.GetNamedType() is InputObjectType inputType)
        {
            return ToObject(fields, underlying, inputType);
        }

        return value is IConvertible ? System.Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture) : value;
    }

    /// <summary>The element type of a collection parameter type, or null when it is not one.</summary>
    public static Type? ElementTypeOf(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0] ?? (typeof(IEnumerable).IsAssignableFrom(type) ? typeof(object) : null);
    }

    private static object ToList(IEnumerable items, Type target, GraphQLType itemType)
    {
        var elementType = ElementTypeOf(target) ?? typeof(object);
        var converted = items.Cast<object?>().Select(item => Convert(item, elementType, itemType)).ToList();
        if (target.IsArray)
        {
            var array = Array.CreateInstance(elementType, converted.Count);
            for (var i = 0; i < converted.Count; i++)
            {
                array.SetValue(converted[i], i);
            }

            return array;
        }

        var typed = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
        foreach (var item in converted)
        {
            typed.Add(item);
        }

        return typed;
    }

    private static object? ToObject(IDictionary<string, object?> fields, Type target, InputObjectType type)
    {
        if (target.IsAssignableFrom(typeof(Dictionary<string, object?>)))
        {
            return fields;
        }

        var constructor = target.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new InvalidOperationException($"Input type {target} has no public constructor.");
        var used = new HashSet<string>(StringComparer.Ordinal);
        var parameters = constructor.GetParameters().Select(parameter =>
        {
            var field = type.Fields.FirstOrDefault(f => f.Name == (ClrNames.Declared(parameter) ?? f.Name) && ClrNames.Matches(f.Name, parameter.Name!));
            if (field is null || !fields.TryGetValue(field.Name, out var value))
            {
                return parameter.HasDefaultValue ? parameter.DefaultValue : (parameter.ParameterType.IsValueType ? Activator.CreateInstance(parameter.ParameterType) : null);
            }

            used.Add(field.Name);
            return Convert(value, parameter.ParameterType, field.Type);
        }).ToArray();
        var instance = constructor.Invoke(parameters);
        foreach (var field in type.Fields.Where(f => !used.Contains(f.Name) && fields.ContainsKey(f.Name)))
        {
            if (MemberReader.FindMember(target, field.Name) is PropertyInfo { CanWrite: true } property)
            {
                property.SetValue(instance, Convert(fields[field.Name], property.PropertyType, field.Type));
            }
        }

        return instance;
    }
}
