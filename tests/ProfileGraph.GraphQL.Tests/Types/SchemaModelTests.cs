using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Tests.Types;

public sealed class SchemaModelTests
{
    private static readonly GraphQLSchema Schema = new SchemaBuilder()
        .AddDocument("""
            directive @key(fields: String!) repeatable on OBJECT | INTERFACE | SCHEMA
            type Query { node(id: ID!): Node at: DateTime }
            interface Node { id: ID! }
            interface Entity implements Node { id: ID! }
            type User implements Entity & Node @key(fields: "id") @key(fields: "email") { id: ID! email: String @deprecated }
            union Result = User
            """)
        .AddDocument("extend schema @key(fields: \"x\") extend type User { age: Int }")
        .AddScalar(Scalars.DateTime)
        .Build();

    [Fact]
    public void Looks_up_types_fields_and_possible_types()
    {
        var user = Schema.GetType<ObjectType>("User")!;
        var node = Schema.GetType<InterfaceType>("Node")!;
        var entity = Schema.GetType<InterfaceType>("Entity")!;

        Assert.Same(Schema.QueryType, Schema.GetRootType(OperationType.Query));
        Assert.Equal("ID!", Schema.GetField("Query", "node")!.Arguments["id"]!.Type.ToString());
        Assert.Equal(["id", "email", "age"], user.Fields.Select(f => f.Name));
        Assert.Equal([user], Schema.GetPossibleTypes(node));
        Assert.Equal([user], Schema.GetPossibleTypes(Schema.GetType("Result")!));
        Assert.True(Schema.IsSubType(node, entity));
        Assert.True(Schema.IsSubType(entity, user));
        Assert.False(Schema.IsSubType(entity, node));
        Assert.Equal("No longer supported", user.GetField("email")!.DeprecationReason);
    }

    [Fact]
    public void Keeps_applied_directives_and_definition_nodes()
    {
        var user = Schema.GetType<ObjectType>("User")!;

        Assert.Equal(["\"id\"", "\"email\""], user.GetDirectives("key").Select(d => SyntaxPrinter.Print(d.GetArgument("fields")!)));
        Assert.Equal("email", user.Directives[1].GetArgumentValue("fields"));
        Assert.Equal([SyntaxKind.ObjectTypeDefinition, SyntaxKind.ObjectTypeExtension], user.SyntaxNodes.Select(n => n.Kind));
        Assert.Equal(5, user.SyntaxNodes[0].Location!.Value.Line);
        Assert.Equal("x", Schema.Directives.Single().GetArgumentValue("fields"));
    }

    [Fact]
    public void Adds_built_in_scalars_when_used_and_registered_scalars_without_declaration()
    {
        Assert.Same(Scalars.ID, Schema.GetType("ID"));
        Assert.Same(Scalars.String, Schema.GetType("String"));
        Assert.Null(Schema.GetType("Float"));
        Assert.IsType<DateTimeType>(Schema.GetType("DateTime"));
        Assert.Contains(Schema.DirectiveDefinitions, d => d.Name == "oneOf");
    }

    [Fact]
    public void Named_collections_find_the_first_of_a_name_whatever_string_instance_asks()
    {
        var first = new ArgumentDefinition("a", "first", Scalars.Int);
        var second = new ArgumentDefinition(new string(['a']), "second", Scalars.Int);
        var collection = new NamedCollection<ArgumentDefinition>([first, second]);

        Assert.Same(first, collection["a"]);
        Assert.Same(first, collection[second.Name]);
        Assert.Same(first, collection[new string(['a'])]);
        Assert.Null(collection["b"]);
        Assert.Equal([first, second], collection);
    }
}
