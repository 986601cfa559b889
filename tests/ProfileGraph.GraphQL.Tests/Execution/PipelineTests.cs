using System.Text;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Execution.Pipeline;
using ProfileGraph.GraphQL.Execution.Planning;
using ProfileGraph.GraphQL.Execution.Results;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Tests.Execution;

/// <summary>The request pipeline: caches keyed by document hash and operation name, extra steps, look-ahead, writing.</summary>
public sealed class PipelineTests
{
    /// <summary>Records what the steps before it produced, for each request.</summary>
    private sealed class Recorder : RequestStep
    {
        public List<(DocumentNode? Document, OperationPlan? Plan)> Seen { get; } = [];

        public override ValueTask InvokeAsync(RequestContext context, RequestHandler nextStep)
        {
            Seen.Add((context.Document, context.Plan));
            return nextStep(context);
        }
    }

    private static GraphQLSchema Schema() => new SchemaBuilder().AddDocument("type Query { a: Int, b(x: Int): Int }")
        .AddResolver("Query", "a", () => 1)
        .AddResolver("Query", "b", (int? x) => x)
        .Build();

    [Fact]
    public async Task A_repeated_document_reuses_its_parse_and_plan_per_operation_name()
    {
        var recorder = new Recorder();
        var executor = new RequestExecutor(Schema(), stepsBeforeExecution: [recorder]);
        const string document = "query A { a } query B($x: Int) { b(x: $x) }";
        await executor.ExecuteAsync(document, operationName: "A");
        await executor.ExecuteAsync(document, operationName: "A");
        var b = await executor.ExecuteAsync(document, new Dictionary<string, object?> { ["x"] = 5 }, operationName: "B");
        await executor.ExecuteAsync("query A { a } query B($x: Int) { b(x: $x) } ", operationName: "A");

        Assert.Equal("{\"data\":{\"b\":5}}", b.ToJson());
        Assert.Same(recorder.Seen[0].Document, recorder.Seen[1].Document);
        Assert.Same(recorder.Seen[0].Plan, recorder.Seen[1].Plan);
        Assert.Same(recorder.Seen[0].Document, recorder.Seen[2].Document);
        Assert.NotSame(recorder.Seen[0].Plan, recorder.Seen[2].Plan);

        // Another text (one more space) is another document.
        Assert.NotSame(recorder.Seen[0].Document, recorder.Seen[3].Document);
    }

    [Fact]
    public async Task Operations_a_request_may_not_run_are_refused()
    {
        var schema = new SchemaBuilder().AddDocument("type Query { a: Int } type Mutation { m: Int }")
            .AddResolver("Query", "a", () => 1).AddResolver("Mutation", "m", () => 2).Build();
        var result = await new RequestExecutor(schema).ExecuteAsync(new ExecutionRequest
        {
            Query = "mutation { m }",
            AllowedOperations = new HashSet<OperationType> { OperationType.Query },
        });
        Assert.Equal("{\"errors\":[{\"message\":\"Cannot execute a mutation operation with this request.\",\"extensions\":{\"code\":\"OPERATION_NOT_ALLOWED\"}}]}", result.ToJson());
    }

    [Fact]
    public async Task Resolvers_look_ahead_at_their_sub_selection()
    {
        IReadOnlyList<string>? selected = null;
        var schema = new SchemaBuilder().AddDocument("type Query { user: User } type User { id: ID, name: String, photo: String }")
            .AddResolver("Query", "user", (IResolverContext context) =>
            {
                selected = [.. context.GetSelections().Select(f => f.ResponseName + ":" + f.Field.Name)];
                return new Dictionary<string, object?> { ["id"] = "1", ["name"] = "Ada" };
            })
            .Build();
        var result = await new RequestExecutor(schema).ExecuteAsync("{ user { id ... on User { displayName: name } photo @skip(if: true) } }");
        Assert.Equal("{\"data\":{\"user\":{\"id\":\"1\",\"displayName\":\"Ada\"}}}", result.ToJson());
        Assert.Equal(["id:id", "displayName:name"], selected);
    }

    [Fact]
    public async Task Look_ahead_reaches_nested_selections_and_their_arguments_with_variables()
    {
        string? seen = null;
        var schema = new SchemaBuilder().AddDocument("type Query { user: User } type User { profile: Profile } type Profile { fields(labels: Boolean = false): [String] }")
            .AddResolver("Query", "user", (IResolverContext context) =>
            {
                var profile = context.GetSelections().Single();
                var fields = context.GetSelections(profile, (ObjectType)context.Schema.GetType("Profile")!).Single();
                seen = $"{profile.Field.Name}.{fields.Field.Name}(labels: {context.ArgumentsOf(fields)["labels"]})";
                return new Dictionary<string, object?> { ["profile"] = new Dictionary<string, object?> { ["fields"] = new List<string> { "a" } } };
            })
            .Build();
        var result = await new RequestExecutor(schema).ExecuteAsync(new ExecutionRequest
        {
            Query = "query($l: Boolean) { user { profile { fields(labels: $l) } } }",
            Variables = new Dictionary<string, object?> { ["l"] = true },
        });
        Assert.Equal("{\"data\":{\"user\":{\"profile\":{\"fields\":[\"a\"]}}}}", result.ToJson());
        Assert.Equal("profile.fields(labels: True)", seen);
    }

    [Fact]
    public async Task A_document_given_as_UTF8_bytes_runs_and_shares_the_cache_with_its_text()
    {
        var recorder = new Recorder();
        var executor = new RequestExecutor(Schema(), stepsBeforeExecution: [recorder]);
        const string document = "query Q($x: Int) { b(x: $x) }";

        // A slice of a larger buffer, as a transport hands over the document inside a request body.
        var body = Encoding.UTF8.GetBytes("{\"query\":\"" + document + "\"}");
        var bytes = await executor.ExecuteAsync(new ExecutionRequest
        {
            QueryUtf8 = body.AsMemory(10, document.Length),
            Variables = new Dictionary<string, object?> { ["x"] = 7 },
        });
        await executor.ExecuteAsync(document, new Dictionary<string, object?> { ["x"] = 7 });

        Assert.Equal("{\"data\":{\"b\":7}}", bytes.ToJson());
        Assert.Same(recorder.Seen[0].Document, recorder.Seen[1].Document);
        Assert.Same(recorder.Seen[0].Plan, recorder.Seen[1].Plan);
    }

    [Fact]
    public async Task UTF8_documents_that_do_not_parse_end_in_a_parse_error()
    {
        var executor = new RequestExecutor(Schema());
        var empty = await executor.ExecuteAsync(new ExecutionRequest { QueryUtf8 = ReadOnlyMemory<byte>.Empty });
        var broken = await executor.ExecuteAsync(new ExecutionRequest { QueryUtf8 = "{ a"u8.ToArray() });

        Assert.False(empty.HasData);
        Assert.Equal(ErrorCodes.ParseFailed, Assert.Single(empty.Errors).Code);
        Assert.Equal("Syntax Error: Expected Name, found <EOF>.", Assert.Single(broken.Errors).Message);
    }

    [Fact]
    public void The_pooled_writer_grows_and_keeps_what_was_written()
    {
        using var writer = new PooledBufferWriter(4);
        for (var i = 0; i < 1000; i++)
        {
            var span = writer.GetSpan(3);
            "abc"u8.CopyTo(span);
            writer.Advance(3);
        }

        Assert.Equal(3000, writer.WrittenCount);
        Assert.True(writer.WrittenSpan.EndsWith("abcabc"u8));
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.Advance(int.MaxValue));
    }
}
