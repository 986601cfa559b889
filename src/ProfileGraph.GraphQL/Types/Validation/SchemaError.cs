using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>One problem with a type system definition, and where in the SDL it is (possibly several places).</summary>
public sealed record SchemaError(string Message, IReadOnlyList<Location> Locations)
{
    public override string ToString() =>
        Message + string.Concat(Locations.Select(l => $" ({l.Line}:{l.Column})"));
}
