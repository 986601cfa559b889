using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution.Planning;

/// <summary>The field a name selects on an object type, including the introspection meta-fields.</summary>
internal static class MetaFields
{
    public static FieldDefinition? Find(GraphQLSchema schema, ObjectType type, string name) =>
        Types.Introspection.GetMetaField(schema, type, name) ?? type.GetField(name);
}
