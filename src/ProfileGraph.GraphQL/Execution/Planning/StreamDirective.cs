namespace ProfileGraph.GraphQL.Execution.Planning;

/// <summary>A field's <c>@stream</c>: the first <see cref="InitialCount"/> items come with the field, the rest in later payloads.</summary>
internal sealed record StreamDirective(string? Label, int InitialCount);
