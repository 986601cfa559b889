using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ProfileGraph.GraphQL.AspNetCore.Health;

/// <summary>
/// Liveness and readiness probes on ASP.NET Core health checks. <c>/healthz</c> runs no check: answering at all
/// shows the process is alive. <c>/readyz</c> runs every check tagged <see cref="ReadinessTag"/>: the GraphQL
/// executor's, and whatever the host adds (e.g. <c>AddHealthChecks().AddCheck("db", ..., tags: [HealthProbes.ReadinessTag])</c>).
/// <c>/healthz</c> answers 200 "Healthy"; <c>/readyz</c> answers 200 when Healthy or Degraded and 503 when Unhealthy,
/// with a JSON report: the overall status and each check's status, description and data.
/// </summary>
public static class HealthProbes
{
    public const string ReadinessTag = "ready";

    public static IEndpointRouteBuilder MapHealthProbes(this IEndpointRouteBuilder endpoints, string livenessPath = "/healthz", string readinessPath = "/readyz")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapHealthChecks(livenessPath, new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks(readinessPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadinessTag), ResponseWriter = WriteReportAsync });
        return endpoints;
    }

    private static async Task WriteReportAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        json.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries)
        {
            json.WriteStartObject(name);
            json.WriteString("status", entry.Status.ToString());
            json.WriteString("description", entry.Description);
            if (entry.Data.Count > 0)
            {
                json.WriteStartObject("data");
                foreach (var (key, value) in entry.Data)
                {
                    json.WriteString(key, value?.ToString());
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
