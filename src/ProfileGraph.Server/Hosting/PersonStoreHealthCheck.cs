using System.Data.Common;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ProfileGraph.People;

namespace ProfileGraph.Server.Hosting;

/// <summary>
/// Readiness of the person store: unreachable makes the service degraded, not unready, as only people and their links
/// fail (PERSON_STORE_UNAVAILABLE) while every profile is still served.
/// </summary>
internal sealed class PersonStoreHealthCheck(IPersonStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            await store.FindByIdsAsync(["readiness"], timeout.Token).ConfigureAwait(false);
            return HealthCheckResult.Healthy("The person store answers.");
        }
        catch (Exception exception) when (exception is DbException or TimeoutException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Degraded($"The person store is unreachable ({exception.GetType().Name}): people and links fail, profiles are served.");
        }
    }
}
