using System.Diagnostics;
using Microsoft.Extensions.Options;
using ProfileGraph.Emulators;
using OpenTelemetry;
using OpenTelemetry.Instrumentation.Http;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using ProfileGraph.GraphQL.DataLoader;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.Providers.Configuration;
using ProfileGraph.Providers.Resilience;
using ProfileGraph.Providers.Status;

namespace ProfileGraph.Server.Hosting;

/// <summary>
/// OpenTelemetry for the service: the engine's and the providers' traces joined by ASP.NET Core's and HttpClient's
/// (provider URLs with GREEN-API's token taken out of the path), every project's meter and Polly's, exported over
/// OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set and scraped at <c>/metrics</c> when <c>Telemetry:Prometheus</c>
/// (on in Development). Spans are sampled, and metrics collected, only for an exporter: OTLP, Prometheus, or
/// <c>Telemetry:Tracing</c> for a trace exporter added in code. Log lines carry the trace and span ids.
/// </summary>
public static class ProfileGraphTelemetry
{
    /// <summary>The meters the service exports.</summary>
    public static readonly string[] Meters =
    [
        GraphQLMetrics.MeterName,
        DataLoaderMetrics.MeterName,
        ProviderResilienceTelemetry.MeterName,
        "ProfileGraph.GraphQL.AspNetCore",
        "Polly",
    ];

    public static bool PrometheusEnabled(WebApplicationBuilder builder) =>
        builder.Configuration.GetValue("Telemetry:Prometheus", builder.Environment.IsDevelopment());

    public static void AddProfileGraphTelemetry(this WebApplicationBuilder builder)
    {
        var prometheus = PrometheusEnabled(builder);
        var otlp = !string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var telemetry = builder.Services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService("profilegraph"));

        // Spans are sampled only where something exports them (OTLP, or Telemetry:Tracing for another exporter).
        if (otlp || builder.Configuration.GetValue<bool>("Telemetry:Tracing"))
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource(GraphQLActivities.SourceName, ProviderActivities.SourceName)
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsProbe(context.Request.Path) && !IsEmulator(context))
                .AddHttpClientInstrumentation());
        }

        // Likewise metrics: collected only for Prometheus or OTLP.
        if (prometheus || otlp)
        {
            telemetry.WithMetrics(metrics =>
            {
                metrics.AddMeter(Meters).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (prometheus)
                {
                    metrics.AddPrometheusExporter();
                }
            });
        }
        if (otlp)
        {
            telemetry.UseOtlpExporter();
        }

        // A provider URL on a span never holds a credential or a user's id: GREEN-API puts its instance token in the
        // path, Infobip the user's key; the query string is left out.
        builder.Services.AddOptions<HttpClientTraceInstrumentationOptions>().Configure<IOptions<WhatsAppOptions>>((options, whatsapp) =>
        {
            var token = whatsapp.Value.ApiTokenInstance;
            options.EnrichWithHttpRequestMessage = (activity, request) =>
            {
                if (request.RequestUri is { } uri)
                {
                    var path = RedactPath(uri.AbsolutePath, token);
                    activity.SetTag("url.full", uri.GetLeftPart(UriPartial.Authority) + path);
                    activity.SetTag("url.path", path);
                }
            };
        });

        builder.Logging.Configure(options => options.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
    }

    /// <summary>Starts the providers' state gauges and maps <c>/metrics</c> when Prometheus is on.</summary>
    public static void MapProfileGraphTelemetry(this WebApplication app, bool prometheus)
    {
        // The providers' state gauges observe from now on, whether or not a provider was called yet.
        app.Services.GetRequiredService<ProviderStateGauges>();
        if (prometheus)
        {
            app.MapPrometheusScrapingEndpoint("/metrics");
        }
    }

    /// <summary>
    /// The path with the configured token and every segment that looks like an id or a secret (a digit in six or more
    /// characters, or twenty or more characters) replaced by <c>REDACTED</c>; method names stay.
    /// </summary>
    internal static string RedactPath(string path, string? token)
    {
        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if ((!string.IsNullOrEmpty(token) && segment.Contains(token, StringComparison.Ordinal))
                || segment.Length >= 20 || (segment.Length >= 6 && segment.Any(char.IsAsciiDigit)))
            {
                segments[i] = "REDACTED";
            }
        }

        return string.Join('/', segments);
    }

    /// <summary>A request to the embedded emulators, which stand for the providers: their own spans are not the service's.</summary>
    private static bool IsEmulator(HttpContext context) => context.RequestServices.GetService(typeof(EmulatorState)) is not null;

    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments("/healthz", StringComparison.Ordinal) || path.StartsWithSegments("/readyz", StringComparison.Ordinal) || path.StartsWithSegments("/metrics", StringComparison.Ordinal);
}
