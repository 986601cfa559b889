using System.Reflection;
using System.Text;

namespace ProfileGraph.GraphQL.Binding;

/// <summary>How CLR names meet GraphQL names: <c>[GraphQLName]</c> first, else the conventions of each side.</summary>
internal static class ClrNames
{
    /// <summary>The GraphQL name a member declares, or null.</summary>
    public static string? Declared(MemberInfo member) => member.GetCustomAttribute<GraphQLNameAttribute>()?.Name;

    public static string? Declared(ParameterInfo parameter) => parameter.GetCustomAttribute<GraphQLNameAttribute>()?.Name;

    /// <summary>The GraphQL field name of a resolver method: <c>ProfileAsync</c> binds field <c>profile</c>.</summary>
    public static string FieldNameOf(MethodInfo method)
    {
        if (Declared(method) is { } declared)
        {
            return declared;
        }

        var name = method.Name.EndsWith("Async", StringComparison.Ordinal) && method.Name.Length > 5 ? method.Name[..^5] : method.Name;
        return ToCamelCase(name);
    }

    /// <summary>Field names a conventional method name may stand for: <c>getUser</c> also serves <c>user</c>.</summary>
    public static IEnumerable<string> Candidates(string fieldName)
    {
        yield return fieldName;
        if (fieldName.Length > 3 && fieldName.StartsWith("get", StringComparison.Ordinal) && char.IsUpper(fieldName[3]))
        {
            yield return ToCamelCase(fieldName[3..]);
        }
    }

    /// <summary>Whether a CLR property, field or parameter name stands for a GraphQL name (<c>DisplayName</c> for <c>displayName</c>).</summary>
    public static bool Matches(string graphQLName, string clrName) => string.Equals(graphQLName, clrName, StringComparison.OrdinalIgnoreCase);

    public static string ToCamelCase(string name) => name.Length == 0 || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>The enum value a CLR enum member stands for: <c>InProgress</c> is <c>IN_PROGRESS</c>.</summary>
    public static string ToConstantCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]))))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }
}
