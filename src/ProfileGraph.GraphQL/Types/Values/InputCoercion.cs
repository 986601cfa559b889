using System.Collections;
using System.Text.RegularExpressions;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// Input coercion of whole input values against their types (spec §3.10 "Input Coercion", §3.11, §3.12): literals,
/// variable values, and the way back from a coerced value to a literal (graphql-js's <c>astFromValue</c>).
/// Coerced input objects are <c>Dictionary&lt;string, object?&gt;</c> with defaults filled in; lists are <c>List&lt;object?&gt;</c>.
/// </summary>
public static partial class InputCoercion
{
    /// <summary>Coerces a literal; <paramref name="variables"/> holds already coerced variable values.</summary>
    public static object? CoerceLiteral(ValueNode literal, GraphQLType type, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (literal is VariableNode variable)
        {
            return variables is not null && variables.TryGetValue(variable.Name.Value, out var value)
                ? value
                : throw new GraphQLCoercionException($"Variable \"${variable.Name.Value}\" has no value here.");
        }

        switch (type)
        {
            case NonNullType nonNull:
                return literal is NullValueNode
                    ? throw new GraphQLCoercionException($"Expected non-nullable type \"{type}\" not to be null.")
                    : CoerceLiteral(literal, nonNull.OfType, variables);
            case var _ when literal is NullValueNode:
                return null;
            case ListType list:
                // Inside lists, a variable without a runtime value is null; inside objects, the field is absent.
                return literal is ListValueNode items
                    ? items.Values.Select(item => IsMissing(item, variables) ? null : CoerceLiteral(item, list.OfType, variables)).ToList()
                    : new List<object?> { CoerceLiteral(literal, list.OfType, variables) };
            case InputObjectType inputObject:
                return literal is ObjectValueNode objectValue
                    ? CoerceFields(inputObject, objectValue.Fields.Where(f => !IsMissing(f.Value, variables)).ToDictionary(f => f.Name.Value, f => (object?)f.Value, StringComparer.Ordinal), (v, t) => CoerceLiteral((ValueNode)v!, t, variables))
                    : throw new GraphQLCoercionException($"Expected type \"{inputObject.Name}\" to be an object.");
            case LeafType leaf:
                return leaf.ParseLiteral(literal);
            default:
                throw new GraphQLCoercionException($"Type \"{type}\" is not an input type.");
        }
    }

    /// <summary>Coerces a variable's value given as CLR primitives or a <see cref="System.Text.Json.JsonElement"/>.</summary>
    public static object? CoerceValue(object? value, GraphQLType type)
    {
        value = JsonInput.ToClr(value);
        switch (type)
        {
            case NonNullType nonNull:
                return value is null
                    ? throw new GraphQLCoercionException($"Expected non-nullable type \"{type}\" not to be null.")
                    : CoerceValue(value, nonNull.OfType);
            case var _ when value is null:
                return null;
            case ListType list:
                return value is IEnumerable items and not string and not IDictionary
                    ? items.Cast<object?>().Select(item => CoerceValue(item, list.OfType)).ToList()
                    : new List<object?> { CoerceValue(value, list.OfType) };
            case InputObjectType inputObject:
                return value is IDictionary<string, object?> fields
                    ? CoerceFields(inputObject, fields, CoerceValue)
                    : throw new GraphQLCoercionException($"Expected type \"{inputObject.Name}\" to be an object.");
            case LeafType leaf:
                return leaf.ParseValue(value);
            default:
                throw new GraphQLCoercionException($"Type \"{type}\" is not an input type.");
        }
    }

    /// <summary>The literal for a coerced value (graphql-js's <c>astFromValue</c>), as SDL printing shows defaults.</summary>
    public static ValueNode ToLiteral(object? value, GraphQLType type)
    {
        switch (type)
        {
            case NonNullType nonNull:
                return ToLiteral(value, nonNull.OfType);
            case var _ when value is null:
                return new NullValueNode(null);
            case ListType list:
                return value is IEnumerable items and not string and not IDictionary
                    ? new ListValueNode(null, [.. items.Cast<object?>().Select(item => ToLiteral(item, list.OfType))])
                    : ToLiteral(value, list.OfType);
            case InputObjectType inputObject when value is IDictionary<string, object?> fields:
                return new ObjectValueNode(null, [.. inputObject.Fields
                    .Where(f => fields.ContainsKey(f.Name))
                    .Select(f => new ObjectFieldNode(null, new NameNode(null, f.Name), ToLiteral(fields[f.Name], f.Type)))]);
            case EnumType enumType:
                return new EnumValueNode(null, (string)enumType.Serialize(value)!);
            case LeafType leaf:
                return SerializedToLiteral(leaf.Serialize(value), ReferenceEquals(leaf, Scalars.ID));
            default:
                throw new GraphQLCoercionException($"Cannot convert value to AST: {ValueInspector.Inspect(value)}.");
        }
    }

    private static bool IsMissing(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        literal is VariableNode variable && variables?.ContainsKey(variable.Name.Value) != true;

    private static Dictionary<string, object?> CoerceFields(InputObjectType type, IDictionary<string, object?> given, Func<object?, GraphQLType, object?> coerce)
    {
        foreach (var name in given.Keys.Where(name => !type.Fields.Contains(name)))
        {
            throw new GraphQLCoercionException($"Field \"{name}\" is not defined by type \"{type.Name}\".");
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (given.TryGetValue(field.Name, out var value))
            {
                coerced[field.Name] = coerce(value, field.Type);
            }
            else if (field.DefaultValue is not null)
            {
                coerced[field.Name] = CoerceLiteral(field.DefaultValue, field.Type);
            }
            else if (field.Type is NonNullType)
            {
                throw new GraphQLCoercionException($"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
            }
        }

        if (type.IsOneOf)
        {
            if (given.Count != 1)
            {
                throw new GraphQLCoercionException($"Exactly one key must be specified for OneOf type \"{type.Name}\".");
            }

            if (coerced.Values.Single() is null)
            {
                throw new GraphQLCoercionException($"Field \"{coerced.Keys.Single()}\" must be non-null.");
            }
        }

        return coerced;
    }

    private static ValueNode SerializedToLiteral(object? serialized, bool isId) => serialized switch
    {
        null => new NullValueNode(null),
        bool b => new BooleanValueNode(null, b),
        string s when isId && IntegerText().IsMatch(s) => new IntValueNode(null, s),
        string s => new StringValueNode(null, s, Block: false),
        _ when ClrNumbers.TryGetDouble(serialized, out var number) => JsNumber.Format(number) is var text && IntegerText().IsMatch(text)
            ? new IntValueNode(null, text)
            : new FloatValueNode(null, text),
        IDictionary<string, object?> fields => new ObjectValueNode(null, [.. fields.Select(f => new ObjectFieldNode(null, new NameNode(null, f.Key), SerializedToLiteral(f.Value, false)))]),
        IEnumerable items => new ListValueNode(null, [.. items.Cast<object?>().Select(item => SerializedToLiteral(item, false))]),
        _ => throw new GraphQLCoercionException($"Cannot convert value to AST: {ValueInspector.Inspect(serialized)}."),
    };

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerText();
}
