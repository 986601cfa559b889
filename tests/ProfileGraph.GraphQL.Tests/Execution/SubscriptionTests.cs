using System.Runtime.CompilerServices;
using ProfileGraph.GraphQL.Binding;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Tests.Execution;

/// <summary>
/// Subscriptions (spec §6.2.3): a subscriber gives the source stream, each event executes on its own (as the field's
/// value, or as its resolver's parent), errors stay with their event, and cancelling ends the stream.
/// </summary>
public sealed class SubscriptionTests
{
    private const string Sdl = """
        type Query { ok: Boolean }
        type Subscription { counter(to: Int!): Int!, greeting(names: [String!]!): Greeting, broken: Int, notAStream: Int }
        type Greeting { text: String!, shout: String! }
        """;

    private static readonly GraphQLSchema Schema = new SchemaBuilder()
        .AddDocument(Sdl)
        .AddResolver("Query", "ok", () => true)
        .AddSubscriber("counter", (int to) => Count(to))
        .AddSubscriber("greeting", (IReadOnlyList<string> names) => Names(names))
        .AddResolver("Subscription", "greeting", ([Parent] string name) => name == "bad" ? throw new GraphQLException("No greeting for bad.", "BAD_NAME") : new Greeting($"Hello, {name}!"))
        .AddSubscriber("broken", () => Broken())
        .AddSubscriber("notAStream", (FieldResolver)(_ => ValueTask.FromResult<object?>(42)))
        .BindRuntimeType<Greeting>("Greeting")
        .Build();

    [Fact]
    public async Task Each_event_is_a_result_of_its_own()
    {
        var results = await CollectAsync("subscription { counter(to: 3) }");

        Assert.Equal(["{\"data\":{\"counter\":1}}", "{\"data\":{\"counter\":2}}", "{\"data\":{\"counter\":3}}"], results);
    }

    [Fact]
    public async Task A_resolver_maps_each_event_and_its_errors_stay_with_that_event()
    {
        var results = await CollectAsync("subscription { greeting(names: [\"Ada\", \"bad\", \"Alan\"]) { text shout } }");

        Assert.Equal("{\"data\":{\"greeting\":{\"text\":\"Hello, Ada!\",\"shout\":\"HELLO, ADA!\"}}}", results[0]);
        Assert.Equal("{\"errors\":[{\"message\":\"No greeting for bad.\",\"locations\":[{\"line\":1,\"column\":16}],\"path\":[\"greeting\"],\"extensions\":{\"code\":\"BAD_NAME\"}}],\"data\":{\"greeting\":null}}", results[1]);
        Assert.Equal("{\"data\":{\"greeting\":{\"text\":\"Hello, Alan!\",\"shout\":\"HELLO, ALAN!\"}}}", results[2]);
    }

    [Fact]
    public async Task A_subscriber_that_fails_or_gives_no_stream_is_a_request_error()
    {
        var executor = new RequestExecutor(Schema);

        var broken = await executor.ExecuteAsync("subscription { broken }");
        Assert.Null(broken.Events);
        Assert.Equal("{\"errors\":[{\"message\":\"The stream cannot start.\",\"locations\":[{\"line\":1,\"column\":16}],\"path\":[\"broken\"],\"extensions\":{\"code\":\"STREAM_REFUSED\"}}]}", broken.ToJson());

        var notAStream = await executor.ExecuteAsync("subscription { notAStream }");
        Assert.Null(notAStream.Events);
        Assert.Contains("must return an event stream", notAStream.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_ends_the_stream()
    {
        using var cancellation = new CancellationTokenSource();
        var result = await new RequestExecutor(Schema).ExecuteAsync(new ExecutionRequest { Query = "subscription { counter(to: 1000000) }" }, cancellation.Token);
        var seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in result.Events!)
            {
                if (++seen == 3)
                {
                    await cancellation.CancelAsync();
                }
            }
        });
        Assert.Equal(3, seen);
    }

    private static async Task<List<string>> CollectAsync(string query)
    {
        var result = await new RequestExecutor(Schema).ExecuteAsync(query);
        Assert.NotNull(result.Events);
        var results = new List<string>();
        await foreach (var item in result.Events)
        {
            results.Add(item.ToJson());
        }

        return results;
    }

    private static async IAsyncEnumerable<int> Count(int to, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 1; i <= to; i++)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return i;
        }
    }

    private static async IAsyncEnumerable<string> Names(IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            await Task.Yield();
            yield return name;
        }
    }

    private static IAsyncEnumerable<int> Broken() => throw new GraphQLException("The stream cannot start.", "STREAM_REFUSED");

    public sealed record Greeting(string Text)
    {
        public string Shout => Text.ToUpperInvariant();
    }
}
