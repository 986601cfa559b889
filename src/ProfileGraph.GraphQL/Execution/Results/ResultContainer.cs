using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution.Results;

/// <summary>
/// A node of the response tree under construction: an object's field values or a list's items, each in a slot.
/// Containers know their parent slot so a non-null violation can null out the nearest nullable ancestor
/// (spec §6.4.4 "Handling Execution Errors"). Only the executor's loop thread writes them.
/// </summary>
public abstract class ResultContainer
{
    private protected ResultContainer(ResultContainer? parent, int parentSlot, int count)
    {
        Parent = parent;
        ParentSlot = parentSlot;
        Values = count == 0 ? [] : new object?[count];
        Record = parent?.Record;
    }

    /// <summary>The incremental record whose result this container belongs to; null for the initial result.</summary>
    internal Incremental.IncrementalRecord? Record { get; init; }

    /// <summary>Where a root container sits in the response: the root for the initial result, deeper for incremental data.</summary>
    internal ResultPath BasePath { get; init; } = ResultPath.Root;

    /// <summary>The container holding this one, or null for the operation's root object.</summary>
    public ResultContainer? Parent { get; }

    public int ParentSlot { get; }

    /// <summary>Completed values: JSON-ready leaves, nested containers, or null.</summary>
    public object?[] Values { get; private protected set; }

    /// <summary>True once a null propagated through this container, so it is no longer part of the response.</summary>
    public bool IsDiscarded { get; internal set; }

    /// <summary>True when this container or an ancestor was discarded by null propagation.</summary>
    public bool IsDetached
    {
        get
        {
            for (var container = this; container is not null; container = container.Parent)
            {
                if (container.IsDiscarded)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The type each slot's value must complete to; non-null slots propagate null upwards.</summary>
    internal abstract GraphQLType SlotType(int slot);

    /// <summary>The response path of a slot, built only when an error needs it.</summary>
    internal abstract ResultPath PathOf(int slot);

    internal ResultPath Path => Parent is null ? BasePath : Parent.PathOf(ParentSlot);
}
