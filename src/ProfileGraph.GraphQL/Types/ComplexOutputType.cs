namespace ProfileGraph.GraphQL.Types;

/// <summary>What object and interface types share: fields and the interfaces they implement (spec §3.6, §3.7).</summary>
public abstract class ComplexOutputType : NamedType
{
    private protected ComplexOutputType(string name)
        : base(name, null)
    {
    }

    public NamedCollection<FieldDefinition> Fields { get; internal set; } = new([]);

    public NamedCollection<InterfaceType> Interfaces { get; internal set; } = new([]);

    /// <summary>The field by name, or null; introspection's meta-fields are not part of the type (see <see cref="Introspection.GetMetaField"/>).</summary>
    public FieldDefinition? GetField(string name) => Fields[name];

    public bool Implements(InterfaceType type) => Interfaces.TryGet(type.Name, out var found) && ReferenceEquals(found, type);
}
