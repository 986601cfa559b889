using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution.Results;

/// <summary>A list's completed items.</summary>
public sealed class ResultList : ResultContainer
{
    internal ResultList(GraphQLType itemType, int count, ResultContainer? parent, int parentSlot, int firstIndex = 0)
        : base(parent, parentSlot, count)
    {
        ItemType = itemType;
        FirstIndex = firstIndex;
    }

    public GraphQLType ItemType { get; }

    /// <summary>The index of the first slot in the whole list: a streamed item is a list of one, at its own index.</summary>
    internal int FirstIndex { get; }

    internal override GraphQLType SlotType(int slot) => ItemType;

    internal override ResultPath PathOf(int slot) => Path.Append(FirstIndex + slot);
}
