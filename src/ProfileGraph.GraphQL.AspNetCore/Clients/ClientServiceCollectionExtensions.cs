using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProfileGraph.GraphQL.AspNetCore.Http;
using ProfileGraph.GraphQL.Execution.Pipeline;

namespace ProfileGraph.GraphQL.AspNetCore.Clients;

/// <summary>
/// Clients of the GraphQL endpoint with ASP.NET Core's own parts: API-key authentication, an authorization policy
/// that requires a client where keys are required (and refuses a key that names none anywhere), a partitioned
/// rate limiter for each client's requests per minute, and pipeline steps for its write permission and its cost budget; both windows are
/// counted in the registered <see cref="ClientQuotaStore"/> (shared across replicas) or in this process.
/// </summary>
public static class ClientServiceCollectionExtensions
{
    /// <summary>The policy name of the endpoint's authorization and rate limiting.</summary>
    public const string Policy = "GraphQLClient";

    // The client's log scope: one small state object per request, instead of a dictionary.
    private static readonly Func<ILogger, string, IDisposable?> ClientScope = LoggerMessage.DefineScope<string>("Client {Client}");

    public static IServiceCollection AddGraphQLClients(this IServiceCollection services, IConfigurationSection section, bool requireKeyByDefault)
    {
        ArgumentNullException.ThrowIfNull(section);
        var clients = ClientRegistry.From(section, requireKeyByDefault);
        services.AddSingleton(clients);
        services.AddHttpContextAccessor();
        services.AddAuthentication(ClientClaims.Scheme).AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ClientClaims.Scheme, null);
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy.RequireAssertion(context =>
            context.User.Identity?.IsAuthenticated == true
            || (!clients.RequireKey && context.Resource is HttpContext http && ApiKeyAuthenticationHandler.KeyOf(http.Request) is null)

            // Browsers cannot set headers on a WebSocket: the graphql-transport-ws session checks the key in connection_init.
            || (context.Resource is HttpContext socket && socket.WebSockets.IsWebSocketRequest)));
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(Policy, http =>
            {
                var name = ClientClaims.NameOf(http.User);
                var store = http.RequestServices.GetService<ClientQuotaStore>() ?? ClientQuotaStore.InProcess;
                return store.PerMinute("requests:" + name, clients.Get(name)?.RequestsPerMinute ?? 1);
            });
            options.OnRejected = (rejected, _) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
                var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                GraphQLResponseWriter.WriteError(
                    rejected.HttpContext.Response,
                    new GraphQLHttpException(StatusCodes.Status429TooManyRequests, ClientCostBudgetStep.RateLimited, $"Too many requests from this client: try again in {seconds} s."));
                return ValueTask.CompletedTask;
            };
        });
        // A mutation of a client that may not write is refused before the budget is charged for it.
        services.AddSingleton<RequestStep>(new ClientWriteGateStep(clients));
        services.AddSingleton<RequestStep>(provider => new ClientCostBudgetStep(clients, provider.GetService<ClientQuotaStore>() ?? ClientQuotaStore.InProcess));
        return services;
    }

    /// <summary>
    /// Authentication, authorization and the client rate limiter, in that order, then a log scope naming the client
    /// (never its key) around the rest of the request, and the request counted on the
    /// <c>ProfileGraph.GraphQL.AspNetCore</c> meter by client and status: call before the endpoints run.
    /// </summary>
    public static IApplicationBuilder UseGraphQLClients(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("ProfileGraph.GraphQL.AspNetCore.Clients");
        var requests = app.ApplicationServices.GetRequiredService<IMeterFactory>().Create("ProfileGraph.GraphQL.AspNetCore")
            .CreateCounter<long>("profilegraph.client.requests", description: "HTTP requests by client (its configured name, never its key) and status");

        // Refusals by authentication and the rate limiter are counted too: the counter wraps them.
        return app.Use(async (context, next) =>
        {
            try
            {
                await next(context).ConfigureAwait(false);
            }
            finally
            {
                requests.Add(1, new TagList { { "client", ClientClaims.NameOf(context.User) }, { "status", context.Response.StatusCode } });
            }
        }).UseAuthentication().UseAuthorization().UseRateLimiter().Use(async (context, next) =>
        {
            using (ClientScope(logger, ClientClaims.NameOf(context.User)))
            {
                await next(context).ConfigureAwait(false);
            }
        });
    }

    /// <summary>Makes the endpoint require a client (where keys are required) and count its requests.</summary>
    public static TBuilder RequireGraphQLClient<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(Policy).RequireRateLimiting(Policy);
}
