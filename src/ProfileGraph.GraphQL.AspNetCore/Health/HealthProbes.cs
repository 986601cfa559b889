using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;

namespace ProfileGraph.GraphQL.AspNetCore.Health;

/// <summary>
/// Liveness and readiness probes on ASP.NET Core health checks. <c>/healthz</c> runs no check: answering at all
/// shows the process is alive. <c>/readyz</c> runs every check tagged <see cref="ReadinessTag"/>: the GraphQL
/// executor's, and whatever the host adds (e.g. <c>AddHealthChecks().AddCheck("db", ..., tags: [HealthProbes.ReadinessTag])</c>).
/// Both answer 200 "Healthy" or 503 "Unhealthy".
/// </summary>
public static class HealthProbes
{
    public const string ReadinessTag = "ready";

    public static IEndpointRouteBuilder MapHealthProbes(this IEndpointRouteBuilder endpoints, string livenessPath = "/healthz", string readinessPath = "/readyz")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapHealthChecks(livenessPath, new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks(readinessPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadinessTag) });
        return endpoints;
    }
}
