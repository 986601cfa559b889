using ProfileGraph.GraphQL.Execution.Results;

namespace ProfileGraph.GraphQL.Execution.Incremental;

/// <summary>A streamed list's items after the initial ones, delivered in order as each completes.</summary>
internal sealed class StreamRecord(IncrementalRecord? parent, ResultContainer anchor, ResultPath path, string? label)
    : IncrementalRecord(parent, anchor, path, label)
{
    public List<StreamItemRecord> Items { get; } = [];

    /// <summary>How many items have been delivered.</summary>
    public int Delivered { get; set; }
}

/// <summary>One streamed item: a one-slot list root whose index is the item's index in the whole list.</summary>
internal sealed class StreamItemRecord(StreamRecord stream, ResultPath listPath, int index)
    : IncrementalRecord(stream, stream.Anchor, listPath.Append(index), stream.Label)
{
    public int Index { get; } = index;

    public ResultList Result { get; set; } = null!;
}
