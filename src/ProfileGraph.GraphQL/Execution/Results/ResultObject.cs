using ProfileGraph.GraphQL.Execution.Planning;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution.Results;

/// <summary>An object's completed fields, in the order of the request's selections.</summary>
public sealed class ResultObject : ResultContainer
{
    internal ResultObject(ObjectType type, PlannedField[] fields, ResultContainer? parent, int parentSlot)
        : base(parent, parentSlot, fields.Length)
    {
        Type = type;
        Fields = fields;
    }

    public ObjectType Type { get; }

    public PlannedField[] Fields { get; }

    internal override GraphQLType SlotType(int slot) => Fields[slot].Type;

    internal override ResultPath PathOf(int slot) => Path.Append(Fields[slot].ResponseName);
}
