namespace ProfileGraph.GraphQL.Language;

/// <summary>A top-level definition of a document.</summary>
public abstract record DefinitionNode(Location? Location) : SyntaxNode(Location);

/// <summary>An operation or fragment definition (spec §2.2).</summary>
public abstract record ExecutableDefinitionNode(Location? Location, StringValueNode? Description, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet)
    : DefinitionNode(Location);

/// <summary>A type system definition or extension (spec §3).</summary>
public abstract record TypeSystemNode(Location? Location) : DefinitionNode(Location);

/// <summary>A named type definition or extension: scalar, object, interface, union, enum or input object.</summary>
public abstract record TypeDefinitionNode(Location? Location, StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives)
    : TypeSystemNode(Location)
{
    /// <summary>True for <c>extend ...</c> forms.</summary>
    public abstract bool IsExtension { get; }
}
