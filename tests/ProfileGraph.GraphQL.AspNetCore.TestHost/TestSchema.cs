using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.AspNetCore.TestHost;

/// <summary>
/// The schema the transport is tested with until the profile schema exists: queries, a variable-taking field, a
/// subfield that fails, and a mutation (so a mutation over GET is refused by the transport, not by the schema).
/// </summary>
public static class TestSchema
{
    public const string Sdl = """
        "The test schema's queries."
        type Query {
          "A greeting: the load benchmark's small cached query."
          hello(name: String = "World"): String!
          "One user by id, or null."
          user(id: ID!): User
          users: [User!]!
          "How often increment ran."
          counter: Int!
        }

        type User {
          id: ID!
          name: String!
          "Always fails: a field error beside the rest of the data."
          secret: String
        }

        type Mutation {
          increment(by: Int = 1): Int!
        }
        """;

    private static readonly Dictionary<string, User> Users = new(StringComparer.Ordinal)
    {
        ["1"] = new("1", "Ada Lovelace"),
        ["2"] = new("2", "Alan Turing"),
    };

    public static GraphQLSchema Build()
    {
        var counter = 0;
        return new SchemaBuilder()
            .AddDocument(Sdl)
            .AddResolver("Query", "hello", (string name) => $"Hello, {name}!")
            .AddResolver("Query", "user", (string id) => Users.GetValueOrDefault(id))
            .AddResolver("Query", "users", () => Users.Values.ToList())
            .AddResolver("Query", "counter", () => Volatile.Read(ref counter))
            .AddResolver("Mutation", "increment", (int by) => Interlocked.Add(ref counter, by))
            .AddResolver("User", "secret", () => ThrowSecret())
            .BindRuntimeType<User>("User")
            .EnableIncrementalDelivery()
            .Build();
    }

    private static string ThrowSecret() => throw new GraphQLException("The secret is not for you.", "FORBIDDEN");

    public sealed record User(string Id, string Name);
}
