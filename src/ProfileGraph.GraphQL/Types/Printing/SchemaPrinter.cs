using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// Prints a schema as SDL in graphql-js 16's <c>printSchema</c> layout: the schema definition only when root
/// types have non-default names (or it has a description), then non-built-in directives, then every type but the
/// built-in scalars and introspection types in type map order. Only <c>@deprecated</c>, <c>@specifiedBy</c> and <c>@oneOf</c> are printed
/// of the applied directives, as graphql-js does; default values print as their coerced literal.
/// </summary>
public static class SchemaPrinter
{
    public static string Print(GraphQLSchema schema) => string.Join(
        "\n\n",
        new[] { PrintSchemaDefinition(schema) }
            .Concat(schema.DirectiveDefinitions.Where(d => !BuiltInDirectives.IsSpecified(d)).Select(PrintDirective))
            .Concat(schema.Types.Where(t => !Scalars.IsSpecified(t) && !Introspection.IsIntrospectionType(t)).Select(PrintType))
            .Where(part => part.Length > 0));

    public static string PrintType(NamedType type) => type switch
    {
        ScalarType scalar => PrintDescription(type.Description) + "scalar " + type.Name
            + (scalar.SpecifiedByUrl is { } url ? $" @specifiedBy(url: {SyntaxPrinter.PrintString(url)})" : ""),
        ObjectType complex => PrintDescription(type.Description) + "type " + type.Name + PrintInterfaces(complex) + PrintFields(complex),
        InterfaceType complex => PrintDescription(type.Description) + "interface " + type.Name + PrintInterfaces(complex) + PrintFields(complex),
        UnionType union => PrintDescription(type.Description) + "union " + type.Name
            + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : ""),
        EnumType enumType => PrintDescription(type.Description) + "enum " + type.Name
            + PrintBlock(enumType.Values.Select((v, i) => PrintDescription(v.Description, "  ", i == 0) + "  " + v.Name + PrintDeprecated(v.DeprecationReason))),
        InputObjectType input => PrintDescription(type.Description) + "input " + type.Name + (input.IsOneOf ? " @oneOf" : "")
            + PrintBlock(input.Fields.Select((f, i) => PrintDescription(f.Description, "  ", i == 0) + "  " + PrintInputValue(f))),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, "Unknown type kind."),
    };

    public static string PrintDirective(DirectiveDefinition directive) =>
        PrintDescription(directive.Description) + "directive @" + directive.Name + PrintArguments(directive.Arguments, "")
        + (directive.IsRepeatable ? " repeatable" : "") + " on " + string.Join(" | ", directive.Locations.Select(l => l.ToSpecName()));

    private static string PrintSchemaDefinition(GraphQLSchema schema)
    {
        if (schema.Description is null && HasDefaultRootNames(schema))
        {
            return "";
        }

        var operations = new[] { ("query", schema.QueryType), ("mutation", schema.MutationType), ("subscription", schema.SubscriptionType) }
            .Where(o => o.Item2 is not null)
            .Select(o => $"  {o.Item1}: {o.Item2!.Name}");
        return PrintDescription(schema.Description) + "schema {\n" + string.Join("\n", operations) + "\n}";
    }

    private static bool HasDefaultRootNames(GraphQLSchema schema) =>
        schema.QueryType is null or { Name: "Query" }
        && schema.MutationType is null or { Name: "Mutation" }
        && schema.SubscriptionType is null or { Name: "Subscription" };

    private static string PrintInterfaces(ComplexOutputType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : "";

    private static string PrintFields(ComplexOutputType type) => PrintBlock(type.Fields.Select((f, i) =>
        PrintDescription(f.Description, "  ", i == 0) + "  " + f.Name + PrintArguments(f.Arguments, "  ") + ": " + f.Type + PrintDeprecated(f.DeprecationReason)));

    private static string PrintBlock(IEnumerable<string> items)
    {
        var lines = items.ToList();
        return lines.Count > 0 ? " {\n" + string.Join("\n", lines) + "\n}" : "";
    }

    // Arguments go on one line unless one has a description.
    private static string PrintArguments(NamedCollection<ArgumentDefinition> arguments, string indentation) =>
        arguments.Count == 0 ? ""
        : arguments.All(a => a.Description is null) ? "(" + string.Join(", ", arguments.Select(PrintInputValue)) + ")"
        : "(\n" + string.Join("\n", arguments.Select((a, i) => PrintDescription(a.Description, "  " + indentation, i == 0) + "  " + indentation + PrintInputValue(a)))
            + "\n" + indentation + ")";

    private static string PrintInputValue(InputValueDefinition value) =>
        value.Name + ": " + value.Type
        + (value.PrintedDefaultValue is { } defaultValue ? " = " + defaultValue : "")
        + PrintDeprecated(value.DeprecationReason);

    /// <summary>The default value as SDL and introspection show it, or null when there is none.</summary>
    internal static string? PrintDefaultValue(InputValueDefinition value) =>
        value.DefaultValue is { } literal ? SyntaxPrinter.Print(NormalizeDefault(literal, value.Type)) : null;

    /// <summary>graphql-js prints the coerced default back as a literal (so <c>1.0</c> for a Float prints as <c>1</c>).</summary>
    private static ValueNode NormalizeDefault(ValueNode literal, GraphQLType type)
    {
        try
        {
            return InputCoercion.ToLiteral(InputCoercion.CoerceLiteral(literal, type), type);
        }
        catch (GraphQLCoercionException)
        {
            return literal;
        }
    }

    private static string PrintDeprecated(string? reason) => reason switch
    {
        null => "",
        BuiltInDirectives.DefaultDeprecationReason => " @deprecated",
        _ => $" @deprecated(reason: {SyntaxPrinter.PrintString(reason)})",
    };

    private static string PrintDescription(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return "";
        }

        var literal = BlockString.IsPrintable(description) ? BlockString.Print(description) : SyntaxPrinter.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
