using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// Prints a schema as SDL in graphql-js 16's <c>printSchema</c> layout: the schema definition only when root
/// types have non-default names (or it has a description), then non-built-in directives, then every type but the
/// built-in scalars and introspection types in type map order. Only <c>@deprecated</c>, <c>@specifiedBy</c> and <c>@oneOf</c> are printed
/// of the applied directives, as graphql-js does; default values print as their coerced literal. Internally, with
/// <see cref="SchemaPrintOptions"/>, it can also print the other applied directives and leave definitions out.
/// </summary>
public static class SchemaPrinter
{
    public static string Print(GraphQLSchema schema) => Print(schema, SchemaPrintOptions.GraphQLJs);

    /// <summary>graphql-js's layout, with the directives named <paramref name="appliedDirectives"/> printed where the SDL applies them (e.g. <see cref="CostDirectives.Names"/>).</summary>
    public static string Print(GraphQLSchema schema, IReadOnlySet<string> appliedDirectives) =>
        Print(schema, new SchemaPrintOptions { AppliedDirectiveNames = appliedDirectives });

    public static string PrintType(NamedType type) => PrintType(type, SchemaPrintOptions.GraphQLJs);

    public static string PrintDirective(DirectiveDefinition directive) => PrintDirective(directive, SchemaPrintOptions.GraphQLJs);

    internal static string Print(GraphQLSchema schema, SchemaPrintOptions options) => string.Join(
        "\n\n",
        new[] { PrintSchemaDefinition(schema, options) }
            .Concat(options.AppliedDirectives ? PrintSchemaExtensions(schema) : [])
            .Concat(schema.DirectiveDefinitions.Where(d => !BuiltInDirectives.IsSpecified(d) && !options.Omits(d)).Select(d => PrintDirective(d, options)))
            .Concat(schema.Types.Where(t => !Scalars.IsSpecified(t) && !Introspection.IsIntrospectionType(t) && !options.Omits(t)).Select(t => PrintType(t, options)))
            .Where(part => part.Length > 0));

    private static string PrintDirective(DirectiveDefinition directive, SchemaPrintOptions options) =>
        PrintDescription(directive.Description) + "directive @" + directive.Name + PrintArguments(directive.Arguments, "", options)
        + (directive.IsRepeatable ? " repeatable" : "") + " on " + string.Join(" | ", directive.Locations.Select(l => l.ToSpecName()));

    private static string PrintType(NamedType type, SchemaPrintOptions options) => type switch
    {
        ScalarType scalar => PrintDescription(type.Description) + "scalar " + type.Name
            + (scalar.SpecifiedByUrl is { } url ? $" @specifiedBy(url: {SyntaxPrinter.PrintString(url)})" : "") + PrintApplied(type, options),
        ObjectType complex => PrintDescription(type.Description) + "type " + type.Name + PrintInterfaces(complex) + PrintApplied(type, options) + PrintFields(complex, options),
        InterfaceType complex => PrintDescription(type.Description) + "interface " + type.Name + PrintInterfaces(complex) + PrintApplied(type, options) + PrintFields(complex, options),
        UnionType union => PrintDescription(type.Description) + "union " + type.Name + PrintApplied(type, options)
            + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : ""),
        EnumType enumType => PrintDescription(type.Description) + "enum " + type.Name + PrintApplied(type, options)
            + PrintBlock(enumType.Values.Select((v, i) => PrintDescription(v.Description, "  ", i == 0) + "  " + v.Name + PrintDeprecated(v.DeprecationReason) + PrintApplied(v, options))),
        InputObjectType input => PrintDescription(type.Description) + "input " + type.Name + (input.IsOneOf ? " @oneOf" : "") + PrintApplied(type, options)
            + PrintBlock(input.Fields.Select((f, i) => PrintDescription(f.Description, "  ", i == 0) + "  " + PrintInputValue(f, options))),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, "Unknown type kind."),
    };

    private static string PrintSchemaDefinition(GraphQLSchema schema, SchemaPrintOptions options)
    {
        var directives = options.AppliedDirectives ? schema.SyntaxNodes.OfType<SchemaDefinitionNode>().FirstOrDefault()?.Directives ?? [] : [];
        if (schema.Description is null && HasDefaultRootNames(schema) && directives.Count == 0)
        {
            return "";
        }

        var operations = new[] { ("query", schema.QueryType), ("mutation", schema.MutationType), ("subscription", schema.SubscriptionType) }
            .Where(o => o.Item2 is not null)
            .Select(o => $"  {o.Item1}: {o.Item2!.Name}");
        return PrintDescription(schema.Description) + "schema" + string.Concat(directives.Select(d => " " + SyntaxPrinter.Print(d)))
            + " {\n" + string.Join("\n", operations) + "\n}";
    }

    /// <summary>The directives of each schema extension; its root types are the schema definition's already.</summary>
    private static IEnumerable<string> PrintSchemaExtensions(GraphQLSchema schema) =>
        schema.SyntaxNodes.OfType<SchemaExtensionNode>()
            .Where(extension => extension.Directives.Count > 0)
            .Select(extension => "extend schema" + string.Concat(extension.Directives.Select(d => " " + SyntaxPrinter.Print(d))));

    private static bool HasDefaultRootNames(GraphQLSchema schema) =>
        schema.QueryType is null or { Name: "Query" }
        && schema.MutationType is null or { Name: "Mutation" }
        && schema.SubscriptionType is null or { Name: "Subscription" };

    private static string PrintInterfaces(ComplexOutputType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : "";

    private static string PrintFields(ComplexOutputType type, SchemaPrintOptions options) => PrintBlock(type.Fields.Where(f => !options.Omits(f)).Select((f, i) =>
        PrintDescription(f.Description, "  ", i == 0) + "  " + f.Name + PrintArguments(f.Arguments, "  ", options) + ": " + f.Type
        + PrintDeprecated(f.DeprecationReason) + PrintApplied(f, options)));

    private static string PrintBlock(IEnumerable<string> items)
    {
        var lines = items.ToList();
        return lines.Count > 0 ? " {\n" + string.Join("\n", lines) + "\n}" : "";
    }

    // Arguments go on one line unless one has a description.
    private static string PrintArguments(NamedCollection<ArgumentDefinition> arguments, string indentation, SchemaPrintOptions options) =>
        arguments.Count == 0 ? ""
        : arguments.All(a => a.Description is null) ? "(" + string.Join(", ", arguments.Select(a => PrintInputValue(a, options))) + ")"
        : "(\n" + string.Join("\n", arguments.Select((a, i) => PrintDescription(a.Description, "  " + indentation, i == 0) + "  " + indentation + PrintInputValue(a, options)))
            + "\n" + indentation + ")";

    private static string PrintInputValue(InputValueDefinition value, SchemaPrintOptions options) =>
        value.Name + ": " + value.Type
        + (value.PrintedDefaultValue is { } defaultValue ? " = " + defaultValue : "")
        + PrintDeprecated(value.DeprecationReason) + PrintApplied(value, options);

    /// <summary>With <see cref="SchemaPrintOptions.AppliedDirectives"/>, the element's directives that graphql-js's printSchema leaves out, as written.</summary>
    private static string PrintApplied(IHasDirectives element, SchemaPrintOptions options) =>
        options.AppliedDirectives ? string.Concat(element.Directives.Where(d => !BuiltInDirectives.IsSpecified(d.Definition)).Select(d => " " + d))
        : options.AppliedDirectiveNames is { } names ? string.Concat(element.Directives.Where(d => names.Contains(d.Name)).Select(d => " " + d))
        : "";

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
