using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Types;
using static ProfileGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace ProfileGraph.GraphQL.Tests.Execution;

/// <summary>A request never outlives its deadline, and stops when its client goes away.</summary>
public sealed class DeadlineAndCancellationTests
{
    private static (GraphQLSchema Schema, TaskCompletionSource<bool> SawCancellation) Schema()
    {
        var sawCancellation = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = new SchemaBuilder().AddDocument("type Query { fast: String, hangs: String, hangsNonNull: String! }")
            .AddResolver("Query", "fast", () => "done")
            .AddResolver("Query", "hangs", async (CancellationToken cancellationToken) =>
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    sawCancellation.TrySetResult(true);
                    throw;
                }

                return "never";
            })
            .AddResolver("Query", "hangsNonNull", () => new TaskCompletionSource<string>().Task)
            .Build();
        return (schema, sawCancellation);
    }

    [Fact]
    public async Task Fields_still_pending_at_the_deadline_end_with_a_timeout_error_and_the_rest_is_kept()
    {
        var (schema, sawCancellation) = Schema();
        var response = await RunAsync(schema, "{ fast hangs }", options: new ExecutionOptions { Deadline = TimeSpan.FromMilliseconds(100) });
        Assert.Equal(
            Json("{'errors':[{'message':'The request did not complete within its deadline of 100 ms.','locations':[{'line':1,'column':8}],'path':['hangs'],'extensions':{'code':'EXECUTION_TIMEOUT'}}],'data':{'fast':'done','hangs':null}}"),
            response);

        // The resolver's token was cancelled too, so it stops working rather than leak.
        Assert.True(await sawCancellation.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_timed_out_non_null_field_nulls_its_parent()
    {
        var (schema, _) = Schema();
        var response = await RunAsync(schema, "{ hangsNonNull }", options: new ExecutionOptions { Deadline = TimeSpan.FromMilliseconds(50) });
        Assert.Equal(
            Json("{'errors':[{'message':'The request did not complete within its deadline of 50 ms.','locations':[{'line':1,'column':3}],'path':['hangsNonNull'],'extensions':{'code':'EXECUTION_TIMEOUT'}}],'data':null}"),
            response);
    }

    [Fact]
    public async Task A_client_that_goes_away_cancels_execution_and_the_resolvers()
    {
        var (schema, sawCancellation) = Schema();
        using var client = new CancellationTokenSource();
        var running = RunAsync(schema, "{ hangs }", cancellationToken: client.Token);
        client.CancelAfter(50);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        Assert.True(await sawCancellation.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
