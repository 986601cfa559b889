using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// A type with a name in the schema's type map (spec §3.4). The <see cref="SchemaBuilder"/> fills in what SDL
/// says about it; once the schema is built nothing changes any more.
/// </summary>
public abstract class NamedType : GraphQLType, INamedElement, IHasDirectives
{
    private protected NamedType(string name, string? description)
    {
        Name = name;
        Description = description;
    }

    public string Name { get; }

    public string? Description { get; internal set; }

    public IReadOnlyList<AppliedDirective> Directives { get; internal set; } = [];

    /// <summary>The SDL definition (if any) followed by its extensions, for error locations and tooling.</summary>
    public IReadOnlyList<TypeDefinitionNode> SyntaxNodes { get; internal set; } = [];

    public override NamedType GetNamedType() => this;

    public override bool IsEqualTo(GraphQLType other) => ReferenceEquals(this, other);

    public override string ToString() => Name;
}
