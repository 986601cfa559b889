using System.Globalization;
using System.Linq.Expressions;
using ProfileGraph.GraphQL.Binding;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Federation;

/// <summary>What <c>AddFederation</c> and <c>AddEntityResolver</c> told a <see cref="SchemaBuilder"/>.</summary>
internal sealed class SubgraphSetup
{
    public List<(string TypeName, string? Key, Delegate Resolver)> EntityResolvers { get; } = [];

    /// <summary>
    /// Before the schema is assembled: reads the federation <c>@link</c>, adds the definitions it brings, <c>_Any</c>,
    /// <c>_Service</c>, <c>_Entity</c> and the query fields <c>_service</c> and <c>_entities</c> (to the query type's
    /// definition, as @apollo/subgraph does), and the federation scalars' implementations.
    /// </summary>
    public SubgraphBuild Prepare(IReadOnlyList<DocumentNode> documents, IReadOnlyDictionary<string, ScalarType> scalars, ResolverRegistrations resolvers, SchemaErrors errors) =>
        new(this, documents, scalars, resolvers, errors);
}

/// <summary>One <see cref="SchemaBuilder.Build()"/> of a subgraph: the documents, scalars and resolvers the schema is built from.</summary>
internal sealed class SubgraphBuild
{
    private const string ServiceType = "_Service";
    private const string EntityUnion = "_Entity";
    private static readonly ParserOptions Generated = new() { NoLocations = true };

    private readonly SubgraphSetup _setup;
    private readonly FederationNames _names = new("federation", new Dictionary<string, string>(), new Dictionary<string, string>());
    private readonly int _minor = -1;
    private readonly List<string> _entityTypeNames = [];
    private readonly bool _queryTypeAdded;

    // The definitions and query fields federation adds, by reference: the subgraph's source print leaves them out.
    private readonly HashSet<SyntaxNode> _added = new(ReferenceEqualityComparer.Instance);

    public SubgraphBuild(SubgraphSetup setup, IReadOnlyList<DocumentNode> documents, IReadOnlyDictionary<string, ScalarType> scalars, ResolverRegistrations resolvers, SchemaErrors errors)
    {
        _setup = setup;
        Documents = [.. documents];
        Scalars = new Dictionary<string, ScalarType>(scalars, StringComparer.Ordinal);
        Resolvers = resolvers.Copy();

        var link = FindFederationLink(documents, errors);
        if (link is null)
        {
            return;
        }

        (_minor, _names) = link.Value;
        var definitions = documents.SelectMany(d => d.Definitions).ToList();
        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            switch (definition)
            {
                case DirectiveDefinitionNode directive:
                    defined.Add("@" + directive.Name.Value);
                    break;
                case TypeDefinitionNode { IsExtension: false } type:
                    defined.Add(type.Name.Value);
                    break;
            }
        }

        FindEntityTypes(definitions);
        var sdl = FederationSpec.Definitions(_minor, _names, defined.Contains);
        if (!defined.Contains(AnyType.TypeName))
        {
            sdl += $"scalar {AnyType.TypeName}\n";
        }

        sdl += $"type {ServiceType} {{ sdl: String }}\n";
        if (_entityTypeNames.Count > 0)
        {
            sdl += $"union {EntityUnion} = {string.Join(" | ", _entityTypeNames)}\n";
        }

        var queryFields = (_entityTypeNames.Count > 0 ? $"_entities(representations: [{AnyType.TypeName}!]!): [{EntityUnion}]! " : "") + $"_service: {ServiceType}!";
        QueryTypeName = QueryTypeNameOf(definitions);
        if (!AddQueryFields(queryFields))
        {
            _queryTypeAdded = true;
            sdl += $"type {QueryTypeName} {{ {queryFields} }}\n";
        }

        var added = Utf8GraphQLParser.Parse(sdl, Generated);
        _added.UnionWith(added.Definitions);
        Documents.Add(added);
        Scalars[AnyType.TypeName] = new AnyType();
        Scalars.TryAdd(_names.Type("FieldSet"), new FieldSetType(_names.Type("FieldSet")));

        // An entity resolver's result type is a CLR type of its entity type: binding checks its members like a resolver's.
        foreach (var (typeName, _, resolver) in setup.EntityResolvers)
        {
            if (resolver is not FieldResolver && _entityTypeNames.Contains(typeName)
                && ClrTypeCompatibility.ResultTypeOf(resolver.Method.ReturnType) is { } clrType && ClrTypeCompatibility.HasMembers(clrType))
            {
                Resolvers.RuntimeTypes.Add((typeName, clrType));
            }
        }
    }

    public List<DocumentNode> Documents { get; }

    public Dictionary<string, ScalarType> Scalars { get; }

    public ResolverRegistrations Resolvers { get; }

    private string QueryTypeName { get; } = "Query";

    /// <summary>
    /// After the schema is assembled and valid, before resolvers are bound: checks the keys, compiles the entity
    /// resolvers, gives <c>_service</c> and <c>_entities</c> their resolvers and prints the subgraph SDL.
    /// </summary>
    public void Attach(GraphQLSchema schema, SchemaErrors errors)
    {
        if (_minor < 0 || schema.QueryType is not { } queryType)
        {
            return;
        }

        var entities = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        foreach (var type in schema.Types.OfType<ComplexOutputType>())
        {
            var keys = CheckKeys(type, errors);
            if (type is ObjectType objectType && _entityTypeNames.Contains(type.Name))
            {
                entities[type.Name] = new EntityType(objectType, keys);
            }
        }

        var entitiesField = queryType.GetField("_entities");
        foreach (var (typeName, key, resolver) in _setup.EntityResolvers)
        {
            AttachEntityResolver(entities, queryType, entitiesField, typeName, key, resolver, errors);
        }

        if (errors.All.Count > 0)
        {
            return;
        }

        var entityTypes = _entityTypeNames.Select(name => entities.GetValueOrDefault(name)?.Type).OfType<ObjectType>().ToList();
        var subgraph = new Subgraph(schema, $"v2.{_minor.ToString(CultureInfo.InvariantCulture)}", entityTypes, SubgraphPrinter.Print(schema, _queryTypeAdded), IsAdded);
        var service = new SubgraphService(subgraph.Sdl);
        queryType.GetField("_service")!.Resolver = _ => new ValueTask<object?>(service);
        if (entitiesField is not null)
        {
            entitiesField.Resolver = new EntitiesResolver(entities).ResolveAsync;
            entitiesField.ResolvesAsynchronously = true;
        }

        Subgraph.Register(schema, subgraph);
    }

    /// <summary>Whether federation added the type, field or directive definition, rather than the SDL.</summary>
    private bool IsAdded(INamedElement element) => element switch
    {
        NamedType type => type.SyntaxNodes.Count > 0 && type.SyntaxNodes.All(_added.Contains),
        FieldDefinition field => field.SyntaxNode is { } node && _added.Contains(node),
        DirectiveDefinition directive => directive.SyntaxNode is { } node && _added.Contains(node),
        _ => false,
    };

    /// <summary>The federation link's version and the names it gives federation's elements; null (with an error) when there is none or it is wrong.</summary>
    private static (int Minor, FederationNames Names)? FindFederationLink(IReadOnlyList<DocumentNode> documents, SchemaErrors errors)
    {
        var links = documents.SelectMany(d => d.Definitions)
            .SelectMany(d => d switch
            {
                SchemaDefinitionNode schema => schema.Directives,
                SchemaExtensionNode extension => extension.Directives,
                _ => [],
            })
            .Where(d => d.Name.Value == "link" && Argument(d, "url") is StringValueNode url && url.Value.StartsWith(FederationSpec.UrlPrefix, StringComparison.Ordinal))
            .ToList();
        if (links.Count == 0)
        {
            errors.Report(
                "A federation subgraph's SDL must link Apollo Federation 2, as in: extend schema @link(url: \"https://specs.apollo.dev/federation/v2.7\", import: [\"@key\"]).");
            return null;
        }

        if (links.Count > 1)
        {
            errors.Report("The schema links Apollo Federation more than once.", links);
            return null;
        }

        var link = links[0];
        var url = ((StringValueNode)Argument(link, "url")!).Value;
        if (!FederationSpec.TryParseUrl(url, out var major, out var minor) || major != 2 || minor > FederationSpec.LatestMinor)
        {
            // The schema is refused; the newest definitions keep the SDL's uses of them from being reported too.
            errors.Report($"Federation version \"{url}\" is not supported: the subgraph can link v2.0 to v2.{FederationSpec.LatestMinor}.", link);
            minor = FederationSpec.LatestMinor;
        }

        var prefix = Argument(link, "as") is StringValueNode alias ? alias.Value : "federation";
        var directives = new Dictionary<string, string>(StringComparer.Ordinal);
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        var imports = Argument(link, "import") switch
        {
            ListValueNode list => list.Values,
            null => [],
            var single => [single],
        };
        foreach (var import in imports)
        {
            var (name, localName) = import switch
            {
                StringValueNode s => (s.Value, s.Value),
                ObjectValueNode o => (
                    (o.Fields.FirstOrDefault(f => f.Name.Value == "name")?.Value as StringValueNode)?.Value,
                    (o.Fields.FirstOrDefault(f => f.Name.Value == "as")?.Value as StringValueNode)?.Value),
                _ => (null, null),
            };
            localName ??= name;
            if (name is null || localName is null)
            {
                errors.Report($"An import of @link must be a string or an object {{ name: \"@key\", as: \"@id\" }}, not {SyntaxPrinter.Print(import)}.", import);
                continue;
            }

            var isDirective = name.StartsWith('@');
            if (isDirective != localName.StartsWith('@'))
            {
                errors.Report($"The import \"{name}\" cannot be renamed \"{localName}\": a directive's name starts with \"@\" and a type's does not.", import);
            }
            else if (!FederationSpec.Defines(minor, isDirective ? name[1..] : name, isDirective))
            {
                errors.Report($"Cannot import unknown element \"{name}\": federation v2.{minor} does not define it.", import);
            }
            else if (isDirective)
            {
                directives[name[1..]] = localName[1..];
            }
            else
            {
                types[name] = localName;
            }
        }

        return (minor, new FederationNames(prefix, directives, types));
    }

    private static ValueNode? Argument(DirectiveNode directive, string name) =>
        directive.Arguments.FirstOrDefault(a => a.Name.Value == name)?.Value;

    /// <summary>
    /// The object types with a <c>@key</c> (on the definition or an extension), in the order @apollo/subgraph sorts
    /// them. As in @apollo/subgraph, a type whose keys all set <c>resolvable: false</c> is one too (the subgraph
    /// specification would leave it out); <c>_entities</c> refuses its representations.
    /// </summary>
    private void FindEntityTypes(List<DefinitionNode> definitions)
    {
        var keyName = _names.Directive("key");
        var byName = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var (name, directives) = definition switch
            {
                ObjectTypeDefinitionNode o => (o.Name.Value, o.Directives),
                ObjectTypeExtensionNode o => (o.Name.Value, o.Directives),
                _ => (null, []),
            };
            if (name is null)
            {
                continue;
            }

            byName[name] = byName.GetValueOrDefault(name) || directives.Any(d => d.Name.Value == keyName);
        }

        var ordered = definitions.OfType<ObjectTypeDefinitionNode>().Select(o => o.Name.Value)
            .Concat(definitions.OfType<ObjectTypeExtensionNode>().Select(o => o.Name.Value))
            .Distinct(StringComparer.Ordinal);
        _entityTypeNames.AddRange(ordered.Where(name => byName.GetValueOrDefault(name)).Order(LocaleOrder.Instance));
    }

    /// <summary>The query root type's name: the schema definition's, else a schema extension's, else "Query".</summary>
    private static string QueryTypeNameOf(List<DefinitionNode> definitions)
    {
        var operations = definitions.OfType<SchemaDefinitionNode>().SelectMany(s => s.OperationTypes)
            .Concat(definitions.OfType<SchemaExtensionNode>().SelectMany(s => s.OperationTypes));
        return operations.FirstOrDefault(o => o.Operation == OperationType.Query)?.Type.Name.Value ?? "Query";
    }

    /// <summary>Appends the federation fields to the query type's definition; false when the SDL does not define it.</summary>
    private bool AddQueryFields(string fieldsSdl)
    {
        var fields = ((ObjectTypeDefinitionNode)Utf8GraphQLParser.Parse($"type Q {{ {fieldsSdl} }}", Generated).Definitions[0]).Fields;
        _added.UnionWith(fields);
        for (var i = 0; i < Documents.Count; i++)
        {
            var document = Documents[i];
            var index = document.Definitions.ToList().FindIndex(d => d is ObjectTypeDefinitionNode o && o.Name.Value == QueryTypeName);
            if (index >= 0)
            {
                var query = (ObjectTypeDefinitionNode)document.Definitions[index];
                var definitions = document.Definitions.ToArray();
                definitions[index] = query with { Fields = [.. query.Fields, .. fields] };
                Documents[i] = document with { Definitions = definitions };
                return true;
            }
        }

        return false;
    }

    /// <summary>Parses each <c>@key</c> of a type, reporting keys that do not parse or select unknown fields; returns the resolvable ones.</summary>
    private List<FieldSet> CheckKeys(ComplexOutputType type, SchemaErrors errors)
    {
        var keys = new List<FieldSet>();
        foreach (var key in type.GetDirectives(_names.Directive("key")))
        {
            if (key.GetArgument("fields") is not StringValueNode fieldsLiteral)
            {
                continue;
            }

            var fieldSet = FieldSet.TryParse(fieldsLiteral.Value, out var problem);
            if (fieldSet is null)
            {
                errors.Report($"On type \"{type.Name}\", the key {key} is not a valid field set: {problem}", key.SyntaxNode);
            }
            else if (fieldSet.FindUnknownField(type) is { } unknown)
            {
                errors.Report($"On type \"{type.Name}\", the key {key} selects \"{unknown}\", which is not a field of \"{type.Name}\".", key.SyntaxNode);
            }
            else if (key.GetArgument("resolvable") is not BooleanValueNode { Value: false })
            {
                keys.Add(fieldSet);
            }
        }

        return keys;
    }

    private static void AttachEntityResolver(Dictionary<string, EntityType> entities, ObjectType queryType, FieldDefinition? entitiesField, string typeName, string? key, Delegate resolver, SchemaErrors errors)
    {
        var describedAs = key is null ? $"The entity resolver of \"{typeName}\"" : $"The entity resolver of \"{typeName}\" by key \"{key}\"";
        if (!entities.TryGetValue(typeName, out var entity) || entity.Keys.Count == 0 || entitiesField is null)
        {
            errors.Report($"{describedAs} has no entity to resolve: the schema has no object type \"{typeName}\" with a resolvable @key.");
            return;
        }

        FieldSet? keyFields = null;
        if (key is not null)
        {
            keyFields = FieldSet.TryParse(key, out _) is { } parsed ? entity.Keys.FirstOrDefault(k => k.Normalized == parsed.Normalized) : null;
            if (keyFields is null)
            {
                errors.Report($"{describedAs} names no key of \"{typeName}\", whose resolvable keys are: {entity.DescribeKeys()}.");
                return;
            }
        }

        if (entity.Resolvers.Any(r => r.Key?.Normalized == keyFields?.Normalized))
        {
            errors.Report($"{describedAs} is registered twice.");
            return;
        }

        if (resolver is FieldResolver fieldResolver)
        {
            entity.Resolvers.Add((keyFields, fieldResolver));
            return;
        }

        // Parameters bind like a resolver's, with the representation's scalar and enum fields as the arguments.
        var bindable = entity.Type.Fields.Where(f => IsLeafOrListOfLeaves(f.Type)).Select(f => new ArgumentDefinition(f.Name, null, f.Type)).ToList();
        var entityField = new FieldDefinition(entitiesField.Name, null, entity.Type, bindable, [], null);
        var fields = bindable.Count == 0 ? "it has no scalar or enum fields" : "its scalar and enum fields: " + string.Join(", ", bindable.Select(a => a.Name));
        var problems = new List<string>();
        var target = resolver.Target is null ? null : Expression.Constant(resolver.Target);
        var compiled = ResolverCompiler.Compile(resolver.Method, target, queryType, entityField, describedAs, problems, $"a field of a \"{typeName}\" representation ({fields})");
        foreach (var problem in problems)
        {
            errors.Report(problem);
        }

        if (compiled is not null)
        {
            entity.Resolvers.Add((keyFields, compiled));
        }
    }

    private static bool IsLeafOrListOfLeaves(GraphQLType type) => type switch
    {
        NonNullType nonNull => IsLeafOrListOfLeaves(nonNull.OfType),
        ListType list => IsLeafOrListOfLeaves(list.OfType),
        _ => type is LeafType,
    };
}

/// <summary>The value of <c>_service</c>: the subgraph SDL.</summary>
internal sealed record SubgraphService(string Sdl);

/// <summary>
/// Orders names as JavaScript's <c>localeCompare</c> does (ICU's root collation) for GraphQL names: letters ignoring
/// case first, "_" before digits before letters, then lower case before upper case. @apollo/subgraph sorts the
/// members of <c>_Entity</c> so.
/// </summary>
internal sealed class LocaleOrder : IComparer<string>
{
    public static LocaleOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        x ??= "";
        y ??= "";
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            var primary = Primary(x[i]).CompareTo(Primary(y[i]));
            if (primary != 0)
            {
                return primary;
            }
        }

        if (x.Length != y.Length)
        {
            return x.Length.CompareTo(y.Length);
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] != y[i])
            {
                return char.IsLower(x[i]) ? -1 : 1;
            }
        }

        return 0;
    }

    private static int Primary(char c) => c switch
    {
        '_' => 0,
        >= '0' and <= '9' => 1 + (c - '0'),
        >= 'a' and <= 'z' => 20 + (c - 'a'),
        >= 'A' and <= 'Z' => 20 + (c - 'A'),
        _ => 100 + c,
    };
}
