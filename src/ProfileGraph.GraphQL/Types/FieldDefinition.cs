using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>A field of an object or interface type (spec §3.6.1).</summary>
public sealed class FieldDefinition : INamedElement, IHasDirectives
{
    internal FieldDefinition(string name, string? description, GraphQLType type, IEnumerable<ArgumentDefinition> arguments, IReadOnlyList<AppliedDirective> directives, FieldDefinitionNode? syntaxNode)
    {
        Name = name;
        Description = description;
        Type = type;
        Arguments = new NamedCollection<ArgumentDefinition>(arguments);
        Directives = directives;
        SyntaxNode = syntaxNode;
        DeprecationReason = BuiltInDirectives.DeprecationReasonOf(directives);
    }

    public string Name { get; }

    public string? Description { get; }

    public GraphQLType Type { get; }

    public NamedCollection<ArgumentDefinition> Arguments { get; }

    public IReadOnlyList<AppliedDirective> Directives { get; }

    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    public FieldDefinitionNode? SyntaxNode { get; }

    /// <summary>
    /// The bound resolver, or null when the field reads a property or dictionary key of the parent object
    /// (see <see cref="SchemaBuilder.AddResolvers{TResolvers}()"/>).
    /// </summary>
    public FieldResolver? Resolver { get; internal set; }

    /// <summary>
    /// A subscription root field's subscriber (spec §6.2.3 CreateSourceEventStream): it returns the source stream,
    /// an <c>IAsyncEnumerable&lt;T&gt;</c> of events; <see cref="Resolver"/>, when bound, then maps each event (its
    /// parent) to the field's value, else the event is the value.
    /// </summary>
    public FieldResolver? Subscriber { get; internal set; }

    /// <summary>
    /// Whether the bound resolver returns a task (it waits on I/O, a DataLoader), which cost analysis weighs as a
    /// fetch rather than a read.
    /// </summary>
    public bool ResolvesAsynchronously { get; internal set; }

    public override string ToString() => Name + ": " + Type;
}
