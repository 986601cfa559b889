using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Validation;

/// <summary>One §5 validation problem: graphql-js 16's message and the places in the document it concerns.</summary>
public sealed record ValidationError(string Message, IReadOnlyList<Location> Locations)
{
    public override string ToString() =>
        Message + string.Concat(Locations.Select(l => $" ({l.Line}:{l.Column})"));
}
