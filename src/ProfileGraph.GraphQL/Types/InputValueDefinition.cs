using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// What arguments and input fields share (spec §3.6.1, §3.10): an input type, an optional default value kept as
/// its literal, and an optional deprecation.
/// </summary>
public abstract class InputValueDefinition : INamedElement, IHasDirectives
{
    private string? _printedDefaultValue;

    private protected InputValueDefinition(string name, string? description, GraphQLType type, ValueNode? defaultValue, IReadOnlyList<AppliedDirective> directives, InputValueDefinitionNode? syntaxNode)
    {
        Name = name;
        Description = description;
        Type = type;
        DefaultValue = defaultValue;
        Directives = directives;
        SyntaxNode = syntaxNode;
        DeprecationReason = BuiltInDirectives.DeprecationReasonOf(directives);
    }

    public string Name { get; }

    public string? Description { get; }

    public GraphQLType Type { get; }

    /// <summary>The default value literal as written in SDL, or null when there is none.</summary>
    public ValueNode? DefaultValue { get; }

    /// <summary>The default value as SDL and introspection show it (coerced, then printed once), or null.</summary>
    public string? PrintedDefaultValue => DefaultValue is null ? null : _printedDefaultValue ??= SchemaPrinter.PrintDefaultValue(this);

    public IReadOnlyList<AppliedDirective> Directives { get; }

    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Required: non-null and without a default, so it must be given.</summary>
    public bool IsRequired => Type is NonNullType && DefaultValue is null;

    public InputValueDefinitionNode? SyntaxNode { get; }

    public override string ToString() => Name + ": " + Type;
}
