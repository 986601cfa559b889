using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution.Results;

/// <summary>A list's completed items.</summary>
public sealed class ResultList : ResultContainer
{
    internal ResultList(GraphQLType itemType, int count, ResultContainer parent, int parentSlot)
        : base(parent, parentSlot, count)
    {
        ItemType = itemType;
    }

    public GraphQLType ItemType { get; }

    internal override GraphQLType SlotType(int slot) => ItemType;

    internal override ResultPath PathOf(int slot) => Path.Append(slot);
}
