using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ProfileGraph.GraphQL.AspNetCore.Web;

/// <summary>
/// CORS for browser apps on other origins, with ASP.NET Core's CORS middleware and one policy configured from
/// <see cref="GraphQLCorsOptions"/>: GET and POST, the headers a GraphQL client sends (the API key's among them),
/// a preflight max-age, credentials off unless configured. Preflights are answered by the middleware (204) before
/// authentication and the endpoint; an origin that is not allowed gets no CORS headers at all, and no body.
/// </summary>
public static class GraphQLCorsExtensions
{
    public const string Policy = "GraphQLWeb";

    /// <summary>Registers the policy from <paramref name="section"/>; loopback origins are allowed by default where <paramref name="development"/>.</summary>
    public static IServiceCollection AddGraphQLCors(this IServiceCollection services, IConfigurationSection section, bool development)
    {
        ArgumentNullException.ThrowIfNull(section);
        services.AddOptions<GraphQLCorsOptions>().Bind(section)
            .Validate(options => options.AllowedOrigins.All(origin => origin == "*" || IsOrigin(origin)), $"{section.Path}:AllowedOrigins must hold origins such as https://app.example.com (scheme, host and port; no path), or *.")
            .Validate(options => !options.AllowCredentials || !options.AllowedOrigins.Contains("*"), $"{section.Path}:AllowCredentials cannot be on when {section.Path}:AllowedOrigins has *.")
            .Validate(options => options.PreflightMaxAge >= TimeSpan.Zero, $"{section.Path}:PreflightMaxAge must not be negative.")
            .ValidateOnStart();
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<GraphQLCorsOptions>>((cors, configured) => cors.AddPolicy(Policy, Build(configured.Value, development)));
        return services;
    }

    /// <summary>The CORS middleware with the policy: call before authentication, so preflights (which carry no key) are answered.</summary>
    public static IApplicationBuilder UseGraphQLCors(this IApplicationBuilder app) => app.UseCors(Policy);

    internal static CorsPolicy Build(GraphQLCorsOptions options, bool development)
    {
        var policy = new CorsPolicyBuilder()
            .WithMethods("GET", "POST")
            .WithHeaders([.. GraphQLCorsOptions.DefaultAllowedHeaders.Concat(options.AllowedHeaders).Distinct(StringComparer.OrdinalIgnoreCase)])
            .WithExposedHeaders([.. GraphQLCorsOptions.DefaultExposedHeaders.Concat(options.ExposedHeaders).Distinct(StringComparer.OrdinalIgnoreCase)])
            .SetPreflightMaxAge(options.PreflightMaxAge);
        if (options.AllowedOrigins.Contains("*"))
        {
            return policy.AllowAnyOrigin().Build();
        }

        // A predicate rather than a list: loopback origins on any port, and Vary: Origin on every CORS response.
        var origins = new HashSet<string>(options.AllowedOrigins.Select(origin => origin.TrimEnd('/')), StringComparer.OrdinalIgnoreCase);
        var localhost = options.AllowLocalhost ?? development;
        policy.SetIsOriginAllowed(origin => origins.Contains(origin) || (localhost && IsLoopback(origin)));
        return (options.AllowCredentials ? policy.AllowCredentials() : policy.DisallowCredentials()).Build();
    }

    private static bool IsOrigin(string origin) =>
        Uri.TryCreate(origin.TrimEnd('/'), UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && uri.AbsolutePath == "/" && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment) && string.IsNullOrEmpty(uri.UserInfo)
        && !origin.TrimEnd('/').EndsWith('/');

    private static bool IsLoopback(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.IsLoopback;
}
