using ProfileGraph.GraphQL.Execution.Results;

namespace ProfileGraph.GraphQL.Execution.Incremental;

/// <summary>
/// Work delivered after the initial result: a deferred fragment, a stream, or one streamed item. Its fields run as
/// soon as it is found (early execution), under their own result root, counting their own pending resolvers and
/// errors; it is announced (<c>pending</c>) when the result holding it is delivered, and delivered when complete.
/// </summary>
internal abstract class IncrementalRecord(IncrementalRecord? parent, ResultContainer anchor, ResultPath path, string? label)
{
    /// <summary>The record whose result holds this one; null for the initial result.</summary>
    public IncrementalRecord? Parent { get; } = parent;

    /// <summary>The container this record's data lands in, in its parent's result: discarded there, the record is dropped.</summary>
    public ResultContainer Anchor { get; } = anchor;

    public ResultPath Path { get; } = path;

    public string? Label { get; } = label;

    /// <summary>The id the response gives it once announced.</summary>
    public string? Id { get; set; }

    public List<GraphQLError> Errors { get; } = [];

    /// <summary>Records found while this one executed, announced when it is delivered.</summary>
    public List<IncrementalRecord> Children { get; } = [];

    /// <summary>Resolvers of this record still running.</summary>
    public int Pending { get; set; }

    /// <summary>True once every field of the record has started.</summary>
    public bool Started { get; set; }

    /// <summary>True when a null propagated to the record's root: it is delivered as a failure, without data.</summary>
    public bool Failed { get; set; }

    public bool IsComplete => Started && Pending == 0;

    public bool IsFinished { get; set; }
}
