using ProfileGraph.GraphQL.Binding;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Types;
using static ProfileGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace ProfileGraph.GraphQL.Tests.Binding;

// Resolver classes here have instance methods on purpose: binding must create or find their instances.
#pragma warning disable CA1822

/// <summary>Schema-first binding: resolver classes, delegates, default member reads, and every binding problem at once.</summary>
public sealed class BindingTests
{
    private const string Sdl = """
        type Query { me: User!, user(id: ID!, includeArchived: Boolean = false): User, greeting(name: String!): String! }
        type User { id: ID!, displayName: String!, email: String, avatar(size: Int = 64): String, status: Status! }
        enum Status { ACTIVE, AWAY }
        """;

    public sealed class Account
    {
        public required string Id { get; init; }

        public required string DisplayName { get; init; }

        [GraphQLName("email")]
        public string? PrimaryEmail { get; init; }

        public UserStatus Status { get; init; }
    }

    public enum UserStatus
    {
        Active,
        Away,
    }

    public sealed class Directory
    {
        public Account Find(string id) => new() { Id = id, DisplayName = $"User {id}", PrimaryEmail = $"{id}@example.com", Status = UserStatus.Away };
    }

    public sealed class QueryResolvers
    {
        public Account Me() => new() { Id = "me", DisplayName = "Me" };

        public Task<Account?> GetUserAsync(string id, [Service] Directory directory, bool includeArchived) =>
            Task.FromResult<Account?>(includeArchived ? null : directory.Find(id));
    }

    [GraphQLName("User")]
    public static class Avatars
    {
        public static string Avatar([Parent] Account account, int size) => $"https://cdn/{account.Id}?s={size}";
    }

    private sealed class Services : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(Directory) ? new Directory() : null;
    }

    [Fact]
    public async Task Binds_resolver_classes_delegates_and_property_reads()
    {
        var schema = new SchemaBuilder().AddDocument(Sdl)
            .AddResolvers<QueryResolvers>()
            .AddResolvers(typeof(Avatars))
            .AddResolver("Query", "greeting", (string name) => $"Hello, {name}")
            .Build();
        var result = await new RequestExecutor(schema).ExecuteAsync(new ExecutionRequest
        {
            Query = """{ me { id displayName avatar } user(id: 7) { displayName email status avatar(size: 16) } greeting(name: "Ada") }""",
            Services = new Services(),
        });
        Assert.Equal(
            Json("{'data':{'me':{'id':'me','displayName':'Me','avatar':'https://cdn/me?s=64'},'user':{'displayName':'User 7','email':'7@example.com','status':'AWAY','avatar':'https://cdn/7?s=16'},'greeting':'Hello, Ada'}}"),
            result.ToJson());
    }

    public sealed class BrokenQueryResolvers
    {
        public int Me() => 1;

        public Account? User(string identifier) => null;

        public string Greting(string name) => name;

        public void Greeting() { }
    }

    public sealed class BrokenAccount
    {
        public required string Id { get; init; }

        public List<string> DisplayName { get; init; } = [];

        public DateTime Status { get; init; }
    }

    public static class BrokenUserResolvers
    {
        public static BrokenAccount Owner() => null!;
    }

    [Fact]
    public void Lists_every_binding_problem_at_once_with_locations()
    {
        var error = Assert.Throws<SchemaValidationException>(() => new SchemaBuilder()
            .AddDocument(Sdl + "type Mutation { rename(name: String!): User }")
            .AddResolvers<BrokenQueryResolvers>("Query")
            .AddResolvers(typeof(BrokenUserResolvers), "Status")
            .AddResolver("Query", "nope", () => 1)
            .BindRuntimeType<BrokenAccount>("User")
            .Build());
        Assert.Equal(
            [
                "Resolver method BrokenQueryResolvers.Me returns Int32, which cannot complete to \"User!\" of field \"Query.me\": Int32 is a scalar value, not an object. (1:14)",
                "Resolver method BrokenQueryResolvers.User has parameter \"identifier\", which is not an argument of field \"Query.user\" (its arguments: id, includeArchived) nor a parent, service or context parameter. (1:25)",
                "Resolver method BrokenQueryResolvers.Greting matches no field of type \"Query\". (1:1)",
                "Resolver method BrokenQueryResolvers.Greeting returns Void, which has no value for field \"Query.greeting\". (1:80)",
                "Resolver class BrokenUserResolvers binds type \"Status\", which is an enum type; only object and interface types have fields.",
                "Cannot bind a resolver to \"Query.nope\": the schema has no such field.",
                "BrokenAccount.DisplayName is List<String>, which cannot complete to \"String!\" of field \"User.displayName\": List<String> is a list. (2:22)",
                "Field \"User.email\" has no resolver, and BrokenAccount (a CLR type of \"User\") has no property or field to read it from. (2:44)",
                "Field \"User.avatar\" has no resolver, and BrokenAccount (a CLR type of \"User\") has no property or field to read it from. (2:59)",
                "BrokenAccount.Status is DateTime, which cannot complete to \"Status!\" of field \"User.status\": Status cannot serialize a DateTime. (2:91)",
                "Field \"Query.me\" has no resolver, and no CLR type is bound to \"Query\" to read it from. (1:14)",
                "Field \"Query.user\" has no resolver, and no CLR type is bound to \"Query\" to read it from. (1:25)",
                "Field \"Query.greeting\" has no resolver, and no CLR type is bound to \"Query\" to read it from. (1:80)",
                "Field \"Mutation.rename\" has no resolver, and no CLR type is bound to \"Mutation\" to read it from. (3:45)",
            ],
            error.Errors.Select(e => e.ToString()).ToArray());
    }

    [Fact]
    public void A_schema_without_resolvers_is_a_type_system_only_schema()
    {
        var schema = SchemaBuilder.Build(Sdl);
        Assert.Null(schema.GetField("Query", "me")!.Resolver);
    }

    [Fact]
    public void Two_resolvers_for_one_field_are_a_binding_error()
    {
        var error = Assert.Throws<SchemaValidationException>(() => new SchemaBuilder().AddDocument("type Query { a: Int }")
            .AddResolver("Query", "a", () => 1)
            .AddResolver("Query", "a", () => 2)
            .Build());
        Assert.Equal(
            "Field \"Query.a\" is bound twice: by the resolver delegate for \"Query.a\" and by the resolver delegate for \"Query.a\". (1:14)",
            Assert.Single(error.Errors).ToString());
    }
}
