namespace ProfileGraph.GraphQL.Types;

/// <summary>A schema element looked up by name within its parent: a type, field, argument, enum value or directive.</summary>
public interface INamedElement
{
    string Name { get; }
}
