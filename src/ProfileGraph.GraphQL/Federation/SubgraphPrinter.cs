using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Federation;

/// <summary>
/// Prints a subgraph's SDL as <c>_service { sdl }</c> returns it from <c>@apollo/subgraph</c> 2.14 (its
/// federation-internals <c>printSchema</c>): the schema definition with <c>@link(url: "https://specs.apollo.dev/link/v1.0")</c>
/// and its extensions, the directive definitions (the schema's own, then the link spec's and federation's), then
/// every type, each definition followed by its <c>extend</c>s, with every applied directive as written. A type's
/// or schema's directives go on their own lines; descriptions are always block strings.
/// </summary>
internal static class SubgraphPrinter
{
    private const string Indent = "  ";

    /// <param name="schema">The subgraph schema.</param>
    /// <param name="queryTypeAdded">Whether federation added the query type (the SDL has none of its own).</param>
    public static string Print(GraphQLSchema schema, bool queryTypeAdded)
    {
        var parts = new List<string>();
        parts.AddRange(PrintSchemaDefinitionAndExtensions(schema, queryTypeAdded));
        parts.AddRange(schema.DirectiveDefinitions.Where(d => !BuiltInDirectives.IsSpecified(d)).Select(PrintDirectiveDefinition));
        foreach (var type in schema.Types.Where(t => !Scalars.IsSpecified(t) && !Introspection.IsIntrospectionType(t)))
        {
            parts.AddRange(PrintTypeDefinitionAndExtensions(type));
        }

        return string.Join("\n\n", parts);
    }

    /// <summary>
    /// The schema definition and extensions. The link spec's own <c>@link</c> comes first on the definition when the
    /// SDL has one (a <c>schema</c> definition, or root types found by their default names), else first on the first
    /// extension; a definition with default root names and no directives is not printed.
    /// </summary>
    private static IEnumerable<string> PrintSchemaDefinitionAndExtensions(GraphQLSchema schema, bool queryTypeAdded)
    {
        var definition = schema.SyntaxNodes.OfType<SchemaDefinitionNode>().FirstOrDefault();
        var extensions = schema.SyntaxNodes.OfType<SchemaExtensionNode>().ToList();

        // Root types not declared by an extension belong to the definition.
        var declaredByExtensions = extensions.SelectMany(e => e.OperationTypes).Select(o => o.Operation).ToHashSet();
        var roots = definition is not null
            ? [.. definition.OperationTypes.Select(o => (o.Operation, o.Type.Name.Value))]
            : new[] { (OperationType.Query, schema.QueryType), (OperationType.Mutation, schema.MutationType), (OperationType.Subscription, schema.SubscriptionType) }
                .Where(r => r.Item2 is not null && !declaredByExtensions.Contains(r.Item1))
                .Select(r => (r.Item1, r.Item2!.Name))
                .ToList();
        var hasDefinition = definition is not null || roots.Any(r => !(queryTypeAdded && r.Item1 == OperationType.Query));
        var link = $"@link(url: {SyntaxPrinter.PrintJsonString(FederationSpec.LinkSpecUrl)})";

        var directives = new List<string>();
        if (hasDefinition || extensions.Count == 0)
        {
            directives.Add(link);
        }

        directives.AddRange((definition?.Directives ?? []).Select(PrintAppliedDirective));
        var commonNames = schema.Description is null && roots.All(r => r.Item2 == SyntaxPrinter.OperationKeyword(r.Item1) switch
        {
            "query" => "Query",
            "mutation" => "Mutation",
            _ => "Subscription",
        });
        if (roots.Count > 0 || directives.Count > 0)
        {
            if (directives.Count > 0 || !commonNames)
            {
                yield return PrintDescription(schema.Description) + PrintSchema("schema", directives, roots);
            }
        }

        for (var i = 0; i < extensions.Count; i++)
        {
            var extensionDirectives = new List<string>();
            if (i == 0 && !directives.Contains(link))
            {
                extensionDirectives.Add(link);
            }

            extensionDirectives.AddRange(extensions[i].Directives.Select(PrintAppliedDirective));
            if (extensionDirectives.Count > 0 || extensions[i].OperationTypes.Count > 0)
            {
                yield return PrintSchema("extend schema", extensionDirectives, extensions[i].OperationTypes.Select(o => (o.Operation, o.Type.Name.Value)));
            }
        }
    }

    private static string PrintSchema(string keyword, List<string> directives, IEnumerable<(OperationType Operation, string Type)> roots)
    {
        var entries = roots.OrderBy(r => r.Operation).Select(r => Indent + SyntaxPrinter.OperationKeyword(r.Operation) + ": " + r.Type).ToList();
        return keyword
            + PrintDirectivesOnLines(directives, entries.Count > 0)
            + (directives.Count == 0 ? " " : "")
            + (entries.Count == 0 ? "" : "{\n" + string.Join("\n", entries) + "\n}");
    }

    private static string PrintDirectiveDefinition(DirectiveDefinition directive) =>
        PrintDescription(directive.Description) + "directive @" + directive.Name + PrintArguments(directive.Arguments, "")
        + (directive.IsRepeatable ? " repeatable" : "") + " on " + string.Join(" | ", directive.Locations.Select(l => l.ToSpecName()));

    private static IEnumerable<string> PrintTypeDefinitionAndExtensions(NamedType type)
    {
        var nodes = type.SyntaxNodes;
        if (nodes.Count == 0)
        {
            // A registered scalar the SDL only uses: @apollo/subgraph would want it declared; print it as if it were.
            yield return PrintDescription(type.Description) + "scalar " + type.Name;
            yield break;
        }

        for (var i = 0; i < nodes.Count; i++)
        {
            if (PrintTypeNode(type, nodes[i], isExtension: i > 0) is { } printed)
            {
                yield return printed;
            }
        }
    }

    private static string? PrintTypeNode(NamedType type, TypeDefinitionNode node, bool isExtension)
    {
        var prefix = (isExtension ? "extend " : PrintDescription(type.Description)) + KeywordOf(type) + " " + type.Name;
        var directives = node.Directives.Select(PrintAppliedDirective).ToList();
        switch (type)
        {
            case ScalarType:
                return isExtension && directives.Count == 0 ? null : prefix + PrintDirectivesOnLines(directives, false);
            case ComplexOutputType complex:
                var (interfaces, fieldNodes) = node switch
                {
                    ObjectTypeDefinitionNode o => (o.Interfaces, o.Fields),
                    ObjectTypeExtensionNode o => (o.Interfaces, o.Fields),
                    InterfaceTypeDefinitionNode o => (o.Interfaces, o.Fields),
                    InterfaceTypeExtensionNode o => (o.Interfaces, o.Fields),
                    _ => ([], []),
                };
                var fields = fieldNodes.Select((f, i) => PrintField(complex.GetField(f.Name.Value)!, f, i == 0)).ToList();
                if (isExtension && directives.Count == 0 && interfaces.Count == 0 && fields.Count == 0)
                {
                    return null;
                }

                return prefix
                    + (interfaces.Count > 0 ? " implements " + string.Join(" & ", interfaces.Select(i => i.Name.Value)) : "")
                    + PrintDirectivesOnLines(directives, fields.Count > 0)
                    + (directives.Count == 0 && fields.Count > 0 ? " " : "")
                    + PrintBlock(fields);
            case UnionType:
                var members = node switch
                {
                    UnionTypeDefinitionNode u => u.Types,
                    UnionTypeExtensionNode u => u.Types,
                    _ => [],
                };
                if (isExtension && directives.Count == 0 && members.Count == 0)
                {
                    return null;
                }

                return prefix + PrintDirectivesOnLines(directives, members.Count > 0)
                    + (members.Count > 0 ? " = " + string.Join(" | ", members.Select(m => m.Name.Value)) : "");
            case EnumType:
                var valueNodes = node switch
                {
                    EnumTypeDefinitionNode e => e.Values,
                    EnumTypeExtensionNode e => e.Values,
                    _ => [],
                };
                var values = valueNodes.Select((v, i) => PrintDescription(v.Description?.Value, Indent, i == 0) + Indent + v.Name.Value + PrintDirectivesInline(v.Directives)).ToList();
                return PrintContainer(prefix, directives, values, isExtension);
            case InputObjectType input:
                var inputNodes = node switch
                {
                    InputObjectTypeDefinitionNode d => d.Fields,
                    InputObjectTypeExtensionNode d => d.Fields,
                    _ => [],
                };
                var inputFields = inputNodes.Select((f, i) => PrintDescription(f.Description?.Value, Indent, i == 0) + Indent + PrintInputValue(input.Fields[f.Name.Value]!, f)).ToList();
                return PrintContainer(prefix, directives, inputFields, isExtension);
            default:
                return null;
        }
    }

    private static string? PrintContainer(string prefix, List<string> directives, List<string> items, bool isExtension) =>
        isExtension && directives.Count == 0 && items.Count == 0
            ? null
            : prefix + PrintDirectivesOnLines(directives, items.Count > 0) + (directives.Count == 0 && items.Count > 0 ? " " : "") + PrintBlock(items);

    private static string KeywordOf(NamedType type) => type.Kind switch
    {
        TypeKind.Scalar => "scalar",
        TypeKind.Object => "type",
        TypeKind.Interface => "interface",
        TypeKind.Union => "union",
        TypeKind.Enum => "enum",
        _ => "input",
    };

    private static string PrintField(FieldDefinition field, FieldDefinitionNode node, bool firstInBlock) =>
        PrintDescription(field.Description, Indent, firstInBlock) + Indent + field.Name + PrintArguments(field.Arguments, Indent) + ": " + field.Type
        + PrintDirectivesInline(node.Directives);

    // Arguments go on one line unless one has a description (an empty description counts as none, as in graphql-js).
    private static string PrintArguments(NamedCollection<ArgumentDefinition> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return "";
        }

        if (arguments.All(a => string.IsNullOrEmpty(a.Description)))
        {
            return "(" + string.Join(", ", arguments.Select(a => PrintInputValue(a, a.SyntaxNode))) + ")";
        }

        var lines = arguments.Select((a, i) => PrintDescription(a.Description, Indent + indentation, i == 0) + Indent + indentation + PrintInputValue(a, a.SyntaxNode));
        return "(\n" + string.Join("\n", lines) + "\n" + indentation + ")";
    }

    private static string PrintInputValue(InputValueDefinition value, InputValueDefinitionNode? node) =>
        value.Name + ": " + value.Type + (value.PrintedDefaultValue is { } defaultValue ? " = " + defaultValue : "")
        + PrintDirectivesInline(node?.Directives ?? []);

    private static string PrintDirectivesInline(IReadOnlyList<DirectiveNode> directives) =>
        directives.Count == 0 ? "" : " " + string.Join(" ", directives.Select(PrintAppliedDirective));

    /// <summary>A type's or schema's directives, one a line; <paramref name="endWithNewLine"/> before a block that follows.</summary>
    private static string PrintDirectivesOnLines(List<string> directives, bool endWithNewLine) =>
        directives.Count == 0 ? "" : "\n" + Indent + string.Join("\n" + Indent, directives) + (endWithNewLine ? "\n" : "");

    private static string PrintBlock(List<string> items) => items.Count == 0 ? "" : "{\n" + string.Join("\n", items) + "\n}";

    private static string PrintAppliedDirective(DirectiveNode directive) =>
        "@" + directive.Name.Value + (directive.Arguments.Count == 0 ? "" : "(" + string.Join(", ", directive.Arguments.Select(a => a.Name.Value + ": " + PrintValue(a.Value))) + ")");

    /// <summary>A value as federation prints an applied directive's argument: strings as JSON strings, never block strings.</summary>
    private static string PrintValue(ValueNode value) => value switch
    {
        StringValueNode s => SyntaxPrinter.PrintJsonString(s.Value),
        ListValueNode l => "[" + string.Join(", ", l.Values.Select(PrintValue)) + "]",
        ObjectValueNode o => "{" + string.Join(", ", o.Fields.Select(f => f.Name.Value + ": " + PrintValue(f.Value))) + "}",
        _ => SyntaxPrinter.Print(value),
    };

    /// <summary>A description as a block string, on several lines when it has several, or is longer than 70 characters.</summary>
    private static string PrintDescription(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return "";
        }

        var isSingleLine = !description.Contains('\n', StringComparison.Ordinal);
        var hasLeadingSpace = description.Length > 0 && description[0] is ' ' or '\t';
        var multiLine = !isSingleLine || description.EndsWith('"') || description.EndsWith('\\') || description.Length > 70;
        var text = (multiLine && !(isSingleLine && hasLeadingSpace) ? "\n" : "") + description + (multiLine ? "\n" : "");
        var block = "\"\"\"" + text.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal) + "\"\"\"";
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + block.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
