using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>A value of an enum type (spec §3.9); its runtime value is its name.</summary>
public sealed class EnumValue : INamedElement, IHasDirectives
{
    internal EnumValue(string name, string? description, IReadOnlyList<AppliedDirective> directives, EnumValueDefinitionNode? syntaxNode)
    {
        Name = name;
        Description = description;
        Directives = directives;
        SyntaxNode = syntaxNode;
        DeprecationReason = BuiltInDirectives.DeprecationReasonOf(directives);
    }

    public string Name { get; }

    public string? Description { get; }

    public IReadOnlyList<AppliedDirective> Directives { get; }

    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    public EnumValueDefinitionNode? SyntaxNode { get; }

    public override string ToString() => Name;
}
