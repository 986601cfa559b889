using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Types;
using static ProfileGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace ProfileGraph.GraphQL.Tests.Execution;

/// <summary>
/// Spec §6.4.4: a field error or a null in a non-null position nulls the nearest nullable ancestor; sibling data
/// stays. Each case runs with a synchronous and an asynchronous resolver, since they complete on different paths.
/// </summary>
public sealed class NonNullPropagationTests
{
    private const string Sdl = """
        type Query { nullable: Node, nonNull: Node!, list: [Node], listOfNonNull: [Node!], nonNullList: [Node]!, other: String }
        type Node { nullableValue: String, nonNullValue: String!, nullableThrows: String, nonNullThrows: String!, nested: Node!, child: Node }
        """;

    private static GraphQLSchema Schema(bool async)
    {
        ValueTask<object?> Value(object? value) => async ? Later(value) : new ValueTask<object?>(value);
        ValueTask<object?> Throw() => async ? LaterThrow() : throw new GraphQLException("boom", "BOOM");
        // Nodes are "broken" (their non-null value is missing) except the second item of each list.
        var node = new object();
        var healthy = new object();
        return new SchemaBuilder().AddDocument(Sdl)
            .AddResolver("Query", "nullable", (FieldResolver)(_ => Value(node)))
            .AddResolver("Query", "nonNull", (FieldResolver)(_ => Value(node)))
            .AddResolver("Query", "list", (FieldResolver)(_ => Value(new[] { node, healthy })))
            .AddResolver("Query", "listOfNonNull", (FieldResolver)(_ => Value(new[] { node, healthy })))
            .AddResolver("Query", "nonNullList", (FieldResolver)(_ => Value(new[] { node, healthy })))
            .AddResolver("Query", "other", (FieldResolver)(_ => Value("kept")))
            .AddResolver("Node", "nullableValue", (FieldResolver)(_ => Value(null)))
            .AddResolver("Node", "nonNullValue", (FieldResolver)(context => Value(context.Parent == healthy ? "ok" : null)))
            .AddResolver("Node", "nullableThrows", (FieldResolver)(_ => Throw()))
            .AddResolver("Node", "nonNullThrows", (FieldResolver)(_ => Throw()))
            .AddResolver("Node", "nested", (FieldResolver)(_ => Value(node)))
            .AddResolver("Node", "child", (FieldResolver)(_ => Value(node)))
            .Build();
    }

    // A short delay rather than Task.Yield: a yield can finish before the executor looks, which would test the
    // synchronous path twice.
    private static async ValueTask<object?> Later(object? value)
    {
        await Task.Delay(5);
        return value;
    }

    private static async ValueTask<object?> LaterThrow()
    {
        await Task.Delay(5);
        throw new GraphQLException("boom", "BOOM");
    }

    public static TheoryData<string, string> Cases => new()
    {
        // A nullable field that is null or throws is just null.
        { "{ nullable { nullableValue } other }", "{'data':{'nullable':{'nullableValue':null},'other':'kept'}}" },
        { "{ nullable { nullableThrows } other }", "{'errors':[{'message':'boom','locations':[{'line':1,'column':14}],'path':['nullable','nullableThrows'],'extensions':{'code':'BOOM'}}],'data':{'nullable':{'nullableThrows':null},'other':'kept'}}" },
        // A non-null field nulls its parent object.
        { "{ nullable { nonNullValue } other }", "{'errors':[{'message':'Cannot return null for non-nullable field Node.nonNullValue.','locations':[{'line':1,'column':14}],'path':['nullable','nonNullValue'],'extensions':{'code':'NON_NULL_VIOLATION'}}],'data':{'nullable':null,'other':'kept'}}" },
        { "{ nullable { nonNullThrows } other }", "{'errors':[{'message':'boom','locations':[{'line':1,'column':14}],'path':['nullable','nonNullThrows'],'extensions':{'code':'BOOM'}}],'data':{'nullable':null,'other':'kept'}}" },
        // Through several non-null levels up to the first nullable one.
        { "{ nullable { nested { nested { nonNullValue } } } other }", "{'errors':[{'message':'Cannot return null for non-nullable field Node.nonNullValue.','locations':[{'line':1,'column':32}],'path':['nullable','nested','nested','nonNullValue'],'extensions':{'code':'NON_NULL_VIOLATION'}}],'data':{'nullable':null,'other':'kept'}}" },
        { "{ nullable { child { nested { nonNullValue } } } }", "{'errors':[{'message':'Cannot return null for non-nullable field Node.nonNullValue.','locations':[{'line':1,'column':31}],'path':['nullable','child','nested','nonNullValue'],'extensions':{'code':'NON_NULL_VIOLATION'}}],'data':{'nullable':{'child':null}}}" },
        // Up to the root: data is null.
        { "{ nonNull { nonNullValue } other }", "{'errors':[{'message':'Cannot return null for non-nullable field Node.nonNullValue.','locations':[{'line':1,'column':13}],'path':['nonNull','nonNullValue'],'extensions':{'code':'NON_NULL_VIOLATION'}}],'data':null}" },
        // Lists: a nullable item is nulled; a non-null item nulls the list; a non-null list nulls its parent.
        { "{ list { nonNullValue } }", "{'errors':[{'message':'Cannot return null for non-nullable field Node.nonNullValue.','locations':[{'line':1,'column':10}],'path':['list',0,'nonNullValue'],'extensions':{'code':'NON_NULL_VIOLATION'}}],'data':{'list':[null,{'nonNullValue':'ok'}]}}" },
        { "{ listOfNonNull { nonNullValue } other }", "{'errors':[{'message':'Cannot return null for non-nullable field Node.nonNullValue.','locations':[{'line':1,'column':19}],'path':['listOfNonNull',0,'nonNullValue'],'extensions':{'code':'NON_NULL_VIOLATION'}}],'data':{'listOfNonNull':null,'other':'kept'}}" },
        { "{ nonNullList { nullableValue } }", "{'data':{'nonNullList':[{'nullableValue':null},{'nullableValue':null}]}}" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Nulls_propagate_to_the_nearest_nullable_parent_with_synchronous_resolvers(string query, string expected) =>
        Assert.Equal(Json(expected), await RunAsync(Schema(async: false), query));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Nulls_propagate_to_the_nearest_nullable_parent_with_asynchronous_resolvers(string query, string expected) =>
        Assert.Equal(Json(expected), await RunAsync(Schema(async: true), query));
}
