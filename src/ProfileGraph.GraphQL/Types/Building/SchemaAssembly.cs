using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// Turns grouped SDL definitions into schema objects: creates every named type first (so references can form
/// cycles), then the directive definitions, then fills in each type from its definition and extensions. Problems
/// with names, references and directive uses are reported here; §3's structural rules are <see cref="SchemaValidator"/>'s.
/// </summary>
internal sealed class SchemaAssembly(TypeSystemDefinitions definitions, IReadOnlyDictionary<string, ScalarType> registeredScalars, SchemaErrors errors, IReadOnlyList<DirectiveDefinition>? engineDirectives = null)
{
    private static readonly (OperationType Operation, string DefaultName)[] RootOperations =
        [(OperationType.Query, "Query"), (OperationType.Mutation, "Mutation"), (OperationType.Subscription, "Subscription")];

    private readonly OrderedDictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveDefinitionNode> _directiveNodes =
        definitions.Directives.ToDictionary(d => d.Name.Value, StringComparer.Ordinal);

    // A directive definition maps to null while its own arguments are being built, which breaks definition cycles.
    private readonly Dictionary<string, DirectiveDefinition?> _directives = new(StringComparer.Ordinal);

    public GraphQLSchema Assemble()
    {
        var definedTypes = AssembleTypes();
        var schemaNodes = new List<TypeSystemNode>();
        if (definitions.SchemaDefinition is { } schemaDefinition)
        {
            schemaNodes.Add(schemaDefinition);
        }

        schemaNodes.AddRange(definitions.SchemaExtensions);
        var roots = BuildRootTypes(schemaNodes);
        var directives = BuildDirectives(schemaNodes.SelectMany(DirectivesOf), DirectiveLocation.Schema);
        var directiveDefinitions = definitions.Directives.Select(d => _directives[d.Name.Value]).OfType<DirectiveDefinition>()
            .Concat(BuiltInDirectives.Specified.Where(d => !_directiveNodes.ContainsKey(d.Name)))
            .Concat((engineDirectives ?? []).Where(d => !_directiveNodes.ContainsKey(d.Name)))
            .ToList();

        return new GraphQLSchema(
            definitions.SchemaDefinition?.Description?.Value,
            roots[OperationType.Query],
            roots[OperationType.Mutation],
            roots[OperationType.Subscription],
            TypeMapOrder.Collect(definedTypes, directiveDefinitions),
            directiveDefinitions,
            directives,
            schemaNodes);
    }

    /// <summary>
    /// Creates the named types the definitions define, then the directive definitions, then fills in each type;
    /// returns the defined types in definition order (types only referenced, such as built-in scalars, excluded).
    /// </summary>
    public List<NamedType> AssembleTypes()
    {
        foreach (var node in definitions.Types)
        {
            _types[node.Name.Value] = CreateType(definitions.DefinitionAndExtensions(node));
        }

        foreach (var node in definitions.Directives)
        {
            GetDirective(node.Name.Value);
        }

        foreach (var node in definitions.Types)
        {
            Complete(_types[node.Name.Value], definitions.DefinitionAndExtensions(node));
        }

        return definitions.Types.ConvertAll(node => _types[node.Name.Value]);
    }

    private NamedType CreateType(IReadOnlyList<TypeDefinitionNode> nodes)
    {
        var definition = nodes[0];
        var name = definition.Name.Value;
        var description = definition.Description?.Value;
        if (definition is ScalarTypeDefinitionNode)
        {
            if (Scalars.Specified.TryGet(name, out var builtIn))
            {
                return builtIn;
            }

            var url = nodes.SelectMany(n => n.Directives).Where(d => d.Name.Value == BuiltInDirectives.SpecifiedBy.Name)
                .SelectMany(d => d.Arguments).Select(a => a.Value).OfType<StringValueNode>().FirstOrDefault()?.Value;
            var scalar = registeredScalars.GetValueOrDefault(name) ?? new ScalarType(name);
            return scalar.WithDefinition(description, url, nodes);
        }

        NamedType type = definition switch
        {
            ObjectTypeDefinitionNode => new ObjectType(name),
            InterfaceTypeDefinitionNode => new InterfaceType(name),
            UnionTypeDefinitionNode => new UnionType(name),
            EnumTypeDefinitionNode => new EnumType(name),
            _ => new InputObjectType(name),
        };
        type.Description = description;
        type.SyntaxNodes = nodes;
        return type;
    }

    private void Complete(NamedType type, IReadOnlyList<TypeDefinitionNode> nodes)
    {
        if (Scalars.IsSpecified(type))
        {
            return;
        }

        type.Directives = BuildDirectives(nodes.SelectMany(n => n.Directives), LocationOf(type));
        switch (type)
        {
            case ComplexOutputType complex:
                var fieldNodes = nodes.SelectMany(n => n switch
                {
                    ObjectTypeDefinitionNode o => o.Fields,
                    ObjectTypeExtensionNode o => o.Fields,
                    InterfaceTypeDefinitionNode i => i.Fields,
                    InterfaceTypeExtensionNode i => i.Fields,
                    _ => [],
                });
                var interfaceNodes = nodes.SelectMany(n => n switch
                {
                    ObjectTypeDefinitionNode o => o.Interfaces,
                    ObjectTypeExtensionNode o => o.Interfaces,
                    InterfaceTypeDefinitionNode i => i.Interfaces,
                    InterfaceTypeExtensionNode i => i.Interfaces,
                    _ => [],
                });
                complex.Fields = new(BuildFields(type.Name, fieldNodes));
                complex.Interfaces = new(ResolveMembers<InterfaceType>(
                    interfaceNodes,
                    member => $"Type {type.Name} can only implement {member} once.",
                    member => $"Type {type.Name} must only implement Interface types, it cannot implement {member}."));
                break;
            case UnionType union:
                var memberNodes = nodes.SelectMany(n => n switch
                {
                    UnionTypeDefinitionNode u => u.Types,
                    UnionTypeExtensionNode u => u.Types,
                    _ => [],
                });
                union.Types = new(ResolveMembers<ObjectType>(
                    memberNodes,
                    member => $"Union type {type.Name} can only include type {member} once.",
                    member => $"Union type {type.Name} can only include Object types, it cannot include {member}."));
                break;
            case EnumType enumType:
                var valueNodes = nodes.SelectMany(n => n switch
                {
                    EnumTypeDefinitionNode e => e.Values,
                    EnumTypeExtensionNode e => e.Values,
                    _ => [],
                });
                enumType.Values = new(Unique(valueNodes, v => v.Name, name => $"Enum value \"{type.Name}.{name}\" can only be defined once.")
                    .Select(v => new EnumValue(v.Name.Value, v.Description?.Value, BuildDirectives(v.Directives, DirectiveLocation.EnumValue), v)));
                break;
            case InputObjectType inputObject:
                var inputFieldNodes = nodes.SelectMany(n => n switch
                {
                    InputObjectTypeDefinitionNode i => i.Fields,
                    InputObjectTypeExtensionNode i => i.Fields,
                    _ => [],
                });
                inputObject.Fields = new(Unique(inputFieldNodes, f => f.Name, name => $"Field \"{type.Name}.{name}\" can only be defined once.")
                    .Select(f => (Node: f, Type: ResolveType(f.Type)))
                    .Where(f => f.Type is not null)
                    .Select(f => new InputFieldDefinition(f.Node.Name.Value, f.Node.Description?.Value, f.Type!, f.Node.DefaultValue, BuildDirectives(f.Node.Directives, DirectiveLocation.InputFieldDefinition), f.Node)));
                inputObject.IsOneOf = type.Directives.Any(d => d.Name == BuiltInDirectives.OneOf.Name);
                break;
        }
    }

    private List<FieldDefinition> BuildFields(string typeName, IEnumerable<FieldDefinitionNode> nodes) =>
        [.. Unique(nodes, f => f.Name, name => $"Field \"{typeName}.{name}\" can only be defined once.")
            .Select(f => (Node: f, Type: ResolveType(f.Type)))
            .Where(f => f.Type is not null)
            .Select(f => new FieldDefinition(
                f.Node.Name.Value,
                f.Node.Description?.Value,
                f.Type!,
                BuildArguments($"{typeName}.{f.Node.Name.Value}", f.Node.Arguments),
                BuildDirectives(f.Node.Directives, DirectiveLocation.FieldDefinition),
                f.Node))];

    private List<ArgumentDefinition> BuildArguments(string coordinate, IEnumerable<InputValueDefinitionNode> nodes) =>
        [.. Unique(nodes, a => a.Name, name => $"Argument \"{coordinate}({name}:)\" can only be defined once.")
            .Select(a => (Node: a, Type: ResolveType(a.Type)))
            .Where(a => a.Type is not null)
            .Select(a => new ArgumentDefinition(a.Node.Name.Value, a.Node.Description?.Value, a.Type!, a.Node.DefaultValue, BuildDirectives(a.Node.Directives, DirectiveLocation.ArgumentDefinition), a.Node))];

    /// <summary>Resolves interface or union member references, reporting unknown, duplicate and wrong-kind ones.</summary>
    private List<T> ResolveMembers<T>(IEnumerable<NamedTypeNode> nodes, Func<string, string> duplicate, Func<string, string> wrongKind)
        where T : NamedType
    {
        var members = new List<T>();
        foreach (var node in nodes)
        {
            var type = ResolveNamedType(node);
            if (type is null)
            {
                continue;
            }

            if (type is not T member)
            {
                errors.Report(wrongKind(type.Name), node);
            }
            else if (members.Contains(member))
            {
                errors.Report(duplicate(type.Name), nodes.First(n => n.Name.Value == type.Name), node);
            }
            else
            {
                members.Add(member);
            }
        }

        return members;
    }

    /// <summary>The first node of each name, reporting later ones with both locations.</summary>
    private IEnumerable<T> Unique<T>(IEnumerable<T> nodes, Func<T, NameNode> nameOf, Func<string, string> duplicate)
    {
        var seen = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            var name = nameOf(node);
            if (seen.TryGetValue(name.Value, out var first))
            {
                errors.Report(duplicate(name.Value), nameOf(first), name);
            }
            else
            {
                seen[name.Value] = node;
                yield return node;
            }
        }
    }

    private GraphQLType? ResolveType(TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => ResolveType(nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        ListTypeNode list => ResolveType(list.Type) is { } item ? new ListType(item) : null,
        _ => ResolveNamedType((NamedTypeNode)node),
    };

    /// <summary>
    /// A named type by reference. Built-in and registered scalars join the schema on first use; introspection types
    /// may be referenced as in graphql-js (they are in every schema anyway).
    /// </summary>
    private NamedType? ResolveNamedType(NamedTypeNode node)
    {
        var name = node.Name.Value;
        if (_types.TryGetValue(name, out var type))
        {
            return type;
        }

        if ((Scalars.Specified[name] ?? registeredScalars.GetValueOrDefault(name) ?? (NamedType?)Introspection.Types[name]) is { } builtIn)
        {
            _types[name] = builtIn;
            return builtIn;
        }

        errors.Report($"Unknown type \"{name}\".", node);
        return null;
    }

    private DirectiveDefinition? GetDirective(string name)
    {
        if (_directives.TryGetValue(name, out var built))
        {
            return built;
        }

        if (!_directiveNodes.TryGetValue(name, out var node))
        {
            return BuiltInDirectives.Specified[name] ?? engineDirectives?.FirstOrDefault(d => d.Name == name);
        }

        _directives[name] = null;
        var locations = new List<DirectiveLocation>();
        foreach (var locationName in node.Locations)
        {
            if (DirectiveLocationNames.TryParse(locationName.Value, out var location))
            {
                locations.Add(location);
            }
            else
            {
                errors.Report($"Unknown directive location \"{locationName.Value}\".", locationName);
            }
        }

        var arguments = BuildArguments("@" + name, node.Arguments);
        return _directives[name] = new DirectiveDefinition(name, node.Description?.Value, arguments, locations, node.IsRepeatable, node);
    }

    /// <summary>Applies directives at one location, reporting unknown, misplaced and repeated ones and bad arguments.</summary>
    private List<AppliedDirective> BuildDirectives(IEnumerable<DirectiveNode> nodes, DirectiveLocation location)
    {
        var applied = new List<AppliedDirective>();
        foreach (var node in nodes)
        {
            var name = node.Name.Value;
            var definition = GetDirective(name);
            if (definition is null)
            {
                if (!_directiveNodes.ContainsKey(name))
                {
                    errors.Report($"Unknown directive \"@{name}\".", node);
                }

                continue;
            }

            if (!definition.Locations.Contains(location))
            {
                errors.Report($"Directive \"@{name}\" may not be used on {location.ToSpecName()}.", node);
                continue;
            }

            if (!definition.IsRepeatable && applied.FirstOrDefault(d => d.Name == name) is { } first)
            {
                errors.Report($"The directive \"@{name}\" can only be used once at this location.", first.SyntaxNode, node);
                continue;
            }

            var arguments = new Dictionary<string, ValueNode>(StringComparer.Ordinal);
            foreach (var argument in Unique(node.Arguments, a => a.Name, argumentName => $"There can be only one argument named \"{argumentName}\"."))
            {
                if (definition.Arguments.Contains(argument.Name.Value))
                {
                    arguments[argument.Name.Value] = argument.Value;
                }
                else
                {
                    errors.Report($"Unknown argument \"{argument.Name.Value}\" on directive \"@{name}\".", argument);
                }
            }

            foreach (var argument in definition.Arguments.Where(a => !arguments.ContainsKey(a.Name)))
            {
                if (argument.DefaultValue is not null)
                {
                    arguments[argument.Name] = argument.DefaultValue;
                }
                else if (argument.Type is NonNullType)
                {
                    errors.Report($"Directive \"@{name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", node);
                }
            }

            applied.Add(new AppliedDirective(definition, arguments, node));
        }

        return applied;
    }

    private Dictionary<OperationType, ObjectType?> BuildRootTypes(IReadOnlyList<TypeSystemNode> schemaNodes)
    {
        var operationNodes = Unique(
            schemaNodes.SelectMany(n => n switch
            {
                SchemaDefinitionNode d => d.OperationTypes,
                SchemaExtensionNode e => e.OperationTypes,
                _ => [],
            }),
            o => new NameNode(o.Location, SyntaxPrinter.OperationKeyword(o.Operation)),
            operation => $"There can be only one {operation} type in schema.").ToList();

        var roots = new Dictionary<OperationType, ObjectType?>();
        var queryReported = false;
        foreach (var (operation, defaultName) in RootOperations)
        {
            var node = operationNodes.FirstOrDefault(o => o.Operation == operation);
            var type = node is not null
                ? ResolveNamedType(node.Type)
                : definitions.SchemaDefinition is null ? _types.GetValueOrDefault(defaultName) : null;
            if (type is not null and not ObjectType)
            {
                var ifProvided = operation == OperationType.Query ? "" : " if provided";
                queryReported |= operation == OperationType.Query;
                errors.Report($"{defaultName} root type must be Object type{ifProvided}, it cannot be {type.Name}.", (SyntaxNode?)node ?? (type.SyntaxNodes.Count > 0 ? type.SyntaxNodes[0] : null));
            }

            roots[operation] = type as ObjectType;
        }

        if (roots[OperationType.Query] is null && !queryReported && !operationNodes.Any(o => o.Operation == OperationType.Query))
        {
            errors.Report("Query root type must be provided.", definitions.SchemaDefinition);
        }

        return roots;
    }

    private static IEnumerable<DirectiveNode> DirectivesOf(TypeSystemNode node) => node switch
    {
        SchemaDefinitionNode d => d.Directives,
        SchemaExtensionNode e => e.Directives,
        _ => [],
    };

    private static DirectiveLocation LocationOf(NamedType type) => type.Kind switch
    {
        TypeKind.Scalar => DirectiveLocation.Scalar,
        TypeKind.Object => DirectiveLocation.Object,
        TypeKind.Interface => DirectiveLocation.Interface,
        TypeKind.Union => DirectiveLocation.Union,
        TypeKind.Enum => DirectiveLocation.Enum,
        _ => DirectiveLocation.InputObject,
    };
}
