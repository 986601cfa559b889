using ProfileGraph.GraphQL.Execution.Results;

namespace ProfileGraph.GraphQL.Execution.Incremental;

/// <summary>A deferred fragment: its fields on one object, delivered as that object's incremental <c>data</c>.</summary>
internal sealed class DeferredRecord(IncrementalRecord? parent, ResultContainer anchor, ResultPath path, string? label)
    : IncrementalRecord(parent, anchor, path, label)
{
    public ResultObject Result { get; set; } = null!;
}
