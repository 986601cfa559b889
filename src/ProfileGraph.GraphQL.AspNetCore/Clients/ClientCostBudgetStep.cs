using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Execution.Cost;
using ProfileGraph.GraphQL.Execution.Pipeline;

namespace ProfileGraph.GraphQL.AspNetCore.Clients;

/// <summary>
/// Each client's cost budget (<see cref="ClientOptions.CostPerMinute"/>): an operation's field cost, as the cost step
/// computed it, is taken from the client's budget for the minute before it executes; an operation the budget cannot
/// pay for is refused with <c>CLIENT_RATE_LIMITED</c> and the seconds until the budget refills.
/// </summary>
internal sealed class ClientCostBudgetStep(ClientRegistry clients, ClientQuotaStore store) : RequestStep, IDisposable
{
    public const string RateLimited = "CLIENT_RATE_LIMITED";

    private readonly PartitionedRateLimiter<string> _budgets = PartitionedRateLimiter.Create<string, string>(name =>
        store.PerMinute("cost:" + name, clients.Get(name)?.CostPerMinute ?? 1));

    public override ValueTask InvokeAsync(RequestContext context, RequestHandler nextStep)
    {
        if (context.Cost is not { } cost || context.Request.Services?.GetService<IHttpContextAccessor>()?.HttpContext is not { } http)
        {
            return nextStep(context);
        }

        return PayThenInvokeAsync(context, nextStep, cost, http);
    }

    public void Dispose() => _budgets.Dispose();

    private async ValueTask PayThenInvokeAsync(RequestContext context, RequestHandler nextStep, OperationCost cost, HttpContext http)
    {

        var name = ClientClaims.NameOf(http.User);
        var budget = clients.Get(name)?.CostPerMinute ?? 0;
        var permits = (int)Math.Min(Math.Ceiling(cost.FieldCost), int.MaxValue);
        if (permits == 0)
        {
            await nextStep(context).ConfigureAwait(false);
            return;
        }

        // Acquired asynchronously: a shared store answers over the network.
        using var lease = permits <= budget ? await _budgets.AcquireAsync(name, permits, http.RequestAborted).ConfigureAwait(false) : null;
        if (lease is { IsAcquired: true })
        {
            await nextStep(context).ConfigureAwait(false);
            return;
        }

        var retryAfter = lease is not null && lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
        context.Fail(new GraphQLError(
            permits <= budget
                ? $"The client's cost budget of {budget.ToString("N0", CultureInfo.InvariantCulture)} a minute is spent; this operation costs {permits.ToString("N0", CultureInfo.InvariantCulture)}."
                : $"This operation costs {permits.ToString("N0", CultureInfo.InvariantCulture)}, more than the client's budget of {budget.ToString("N0", CultureInfo.InvariantCulture)} a minute.",
            RateLimited,
            extensions: new Dictionary<string, object?> { ["retryAfter"] = (int)Math.Ceiling(retryAfter.TotalSeconds), ["cost"] = permits, ["budget"] = budget }));
    }
}
