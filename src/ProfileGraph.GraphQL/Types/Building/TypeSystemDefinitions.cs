using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// The type system definitions of all SDL documents, grouped by what they define: each named type's definition
/// with its extensions, the directive definitions, and the schema definition with its extensions. Reports what
/// cannot be grouped: duplicate definitions and extensions of types that are missing or of another kind.
/// </summary>
internal sealed class TypeSystemDefinitions
{
    private readonly Dictionary<string, List<TypeDefinitionNode>> _extensions = new(StringComparer.Ordinal);

    public TypeSystemDefinitions(IEnumerable<DocumentNode> documents, SchemaErrors errors)
    {
        var definitions = documents.SelectMany(d => d.Definitions).ToList();
        foreach (var definition in definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema when SchemaDefinition is not null:
                    errors.Report("Must provide only one schema definition.", schema);
                    break;
                case SchemaDefinitionNode schema:
                    SchemaDefinition = schema;
                    break;
                case SchemaExtensionNode extension:
                    SchemaExtensions.Add(extension);
                    break;
                case DirectiveDefinitionNode directive when Directives.FirstOrDefault(d => d.Name.Value == directive.Name.Value) is { } first:
                    errors.Report($"There can be only one directive named \"@{directive.Name.Value}\".", first.Name, directive.Name);
                    break;
                case DirectiveDefinitionNode directive:
                    Directives.Add(directive);
                    break;
                case TypeDefinitionNode { IsExtension: true } extension:
                    GetExtensions(extension.Name.Value).Add(extension);
                    break;
                case TypeDefinitionNode type when Types.FirstOrDefault(t => t.Name.Value == type.Name.Value) is { } first:
                    errors.Report($"There can be only one type named \"{type.Name.Value}\".", first.Name, type.Name);
                    break;
                case TypeDefinitionNode type:
                    Types.Add(type);
                    break;
                default:
                    errors.Report($"The {definition.Kind} definition is not allowed in a type system document.", definition);
                    break;
            }
        }

        foreach (var (name, extensions) in _extensions)
        {
            var type = Types.FirstOrDefault(t => t.Name.Value == name);
            foreach (var extension in extensions)
            {
                if (type is null)
                {
                    errors.Report($"Cannot extend type \"{name}\" because it is not defined.", extension.Name);
                }
                else if (KindOf(type) != KindOf(extension))
                {
                    errors.Report($"Cannot extend non-{KindOf(extension)} type \"{name}\".", type, extension);
                }
            }
        }
    }

    public SchemaDefinitionNode? SchemaDefinition { get; private set; }

    public List<SchemaExtensionNode> SchemaExtensions { get; } = [];

    public List<DirectiveDefinitionNode> Directives { get; } = [];

    /// <summary>Named type definitions in document order (extensions excluded).</summary>
    public List<TypeDefinitionNode> Types { get; } = [];

    /// <summary>The definition followed by its extensions of the same kind.</summary>
    public IReadOnlyList<TypeDefinitionNode> DefinitionAndExtensions(TypeDefinitionNode definition) =>
        [definition, .. _extensions.GetValueOrDefault(definition.Name.Value, []).Where(e => KindOf(e) == KindOf(definition))];

    /// <summary>How graphql-js names a kind in "Cannot extend non-object type" messages.</summary>
    private static string KindOf(TypeDefinitionNode node) => node switch
    {
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => "scalar",
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => "object",
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => "interface",
        UnionTypeDefinitionNode or UnionTypeExtensionNode => "union",
        EnumTypeDefinitionNode or EnumTypeExtensionNode => "enum",
        _ => "input object",
    };

    private List<TypeDefinitionNode> GetExtensions(string name)
    {
        if (!_extensions.TryGetValue(name, out var list))
        {
            _extensions[name] = list = [];
        }

        return list;
    }
}
