using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>A directive definition (spec §3.13): where it may be used, its arguments, and whether it repeats.</summary>
public sealed class DirectiveDefinition : INamedElement
{
    internal DirectiveDefinition(string name, string? description, IEnumerable<ArgumentDefinition> arguments, IEnumerable<DirectiveLocation> locations, bool isRepeatable, DirectiveDefinitionNode? syntaxNode = null)
    {
        Name = name;
        Description = description;
        Arguments = new NamedCollection<ArgumentDefinition>(arguments);
        Locations = [.. locations];
        LocationNames = [.. Locations.Select(l => l.ToSpecName())];
        IsRepeatable = isRepeatable;
        SyntaxNode = syntaxNode;
    }

    public string Name { get; }

    public string? Description { get; }

    public NamedCollection<ArgumentDefinition> Arguments { get; }

    public IReadOnlyList<DirectiveLocation> Locations { get; }

    /// <summary>The locations' spec names, as introspection reports them.</summary>
    internal IReadOnlyList<string> LocationNames { get; }

    public bool IsRepeatable { get; }

    public DirectiveDefinitionNode? SyntaxNode { get; }

    public override string ToString() => "@" + Name;
}
