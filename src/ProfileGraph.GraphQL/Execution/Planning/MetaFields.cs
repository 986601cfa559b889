using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution.Planning;

/// <summary>The field a name selects on a type, including the meta-fields every type or the query root has.</summary>
internal static class MetaFields
{
    public static readonly FieldDefinition TypeName = new("__typename", null, new NonNullType(Scalars.String), [], [], null);

    public static FieldDefinition? Find(GraphQLSchema schema, ObjectType type, string name) =>
        name == "__typename" ? TypeName : type.GetField(name);
}
