using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Execution.Planning;

/// <summary>A fragment under <c>@defer</c>, set aside by field collection: its fields are delivered in a later payload.</summary>
internal sealed record DeferredFragment(string? Label, SelectionSetNode SelectionSet);
