using System.Collections;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Federation;

/// <summary>
/// A parsed <c>FieldSet</c>, such as the <c>fields</c> of <c>@key(fields: "sku variation { id }")</c>: a selection set
/// without its braces. Keys tell which representations an entity resolver serves.
/// </summary>
internal sealed class FieldSet
{
    private FieldSet(string text, IReadOnlyList<FieldSetField> fields)
    {
        Text = text;
        Fields = fields;
        Normalized = Print(fields);
    }

    /// <summary>The field set as written.</summary>
    public string Text { get; }

    public IReadOnlyList<FieldSetField> Fields { get; }

    /// <summary>
    /// The fields printed in one canonical form, sorted at each level ("sku variation { id }"), so the same key written
    /// with other spacing or in another order compares equal.
    /// </summary>
    public string Normalized { get; }

    /// <summary>Parses a field set, or gives the reason it is not one.</summary>
    public static FieldSet? TryParse(string text, out string? problem)
    {
        problem = null;
        try
        {
            var document = Utf8GraphQLParser.Parse("{" + text + "\n}", new ParserOptions { NoLocations = true });
            if (document.Definitions is not [OperationDefinitionNode { SelectionSet: var selectionSet }])
            {
                problem = "it is not a selection set";
                return null;
            }

            var fields = ToFields(selectionSet, ref problem);
            return problem is null ? new FieldSet(text, fields) : null;
        }
        catch (GraphQLSyntaxError error)
        {
            problem = error.Message;
            return null;
        }
    }

    /// <summary>Whether a representation has every field of this set (nested sets inside objects, or inside each object of a list).</summary>
    public bool IsSatisfiedBy(IReadOnlyDictionary<string, object?> representation) => Satisfies(representation, Fields);

    /// <summary>The first field (as a dotted path) that does not exist on <paramref name="type"/>, or null when all do.</summary>
    public string? FindUnknownField(ComplexOutputType type) => FindUnknown(type, Fields, "");

    public override string ToString() => Text;

    private static List<FieldSetField> ToFields(SelectionSetNode selectionSet, ref string? problem)
    {
        var fields = new List<FieldSetField>();
        foreach (var selection in selectionSet.Selections)
        {
            if (selection is not FieldNode field || field.Alias is not null || field.Arguments.Count > 0 || field.Directives.Count > 0)
            {
                problem ??= "only plain field selections are supported (no aliases, arguments, directives or fragments)";
                continue;
            }

            fields.Add(new FieldSetField(field.Name.Value, field.SelectionSet is null ? [] : ToFields(field.SelectionSet, ref problem)));
        }

        return fields;
    }

    private static bool Satisfies(object? value, IReadOnlyList<FieldSetField> fields)
    {
        if (value is IReadOnlyDictionary<string, object?> map)
        {
            return fields.All(f => map.TryGetValue(f.Name, out var child) && (f.Children.Count == 0 || Satisfies(child, f.Children)));
        }

        if (value is IDictionary<string, object?> mutable)
        {
            return fields.All(f => mutable.TryGetValue(f.Name, out var child) && (f.Children.Count == 0 || Satisfies(child, f.Children)));
        }

        return value is IEnumerable items and not string && items.Cast<object?>().All(item => Satisfies(item, fields));
    }

    private static string? FindUnknown(ComplexOutputType type, IReadOnlyList<FieldSetField> fields, string prefix)
    {
        foreach (var field in fields)
        {
            var definition = type.GetField(field.Name);
            if (definition is null)
            {
                return prefix + field.Name;
            }

            if (field.Children.Count > 0)
            {
                if (definition.Type.GetNamedType() is not ComplexOutputType inner)
                {
                    return prefix + field.Name + " { ... }";
                }

                if (FindUnknown(inner, field.Children, prefix + field.Name + ".") is { } unknown)
                {
                    return unknown;
                }
            }
        }

        return null;
    }

    private static string Print(IReadOnlyList<FieldSetField> fields) =>
        string.Join(' ', fields.OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => f.Children.Count == 0 ? f.Name : f.Name + " { " + Print(f.Children) + " }"));
}

/// <summary>A field of a <see cref="FieldSet"/> and the fields selected below it.</summary>
internal sealed record FieldSetField(string Name, IReadOnlyList<FieldSetField> Children);
