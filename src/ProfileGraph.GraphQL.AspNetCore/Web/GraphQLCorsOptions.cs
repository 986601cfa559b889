namespace ProfileGraph.GraphQL.AspNetCore.Web;

/// <summary>
/// Cross-origin requests from browser apps (configuration section <c>Cors</c>), answered by ASP.NET Core's CORS
/// middleware before anything else runs. No origin is allowed unless configured, except loopback origins where
/// <see cref="AllowLocalhost"/> is on (the Development default).
/// </summary>
public sealed class GraphQLCorsOptions
{
    public const string Section = "Cors";

    /// <summary>The headers a browser app may send besides the CORS-safelisted ones.</summary>
    public static IReadOnlyList<string> DefaultAllowedHeaders { get; } =
        ["Accept", "Content-Type", "Authorization", Clients.ApiKeyAuthenticationHandler.HeaderName, Http.CostHeader.Name, "Cache-Control"];

    /// <summary>The response headers a browser app may read besides the CORS-safelisted ones.</summary>
    public static IReadOnlyList<string> DefaultExposedHeaders { get; } = ["Retry-After", "WWW-Authenticate"];

    /// <summary>
    /// Origins allowed to call the service, as browsers send them (<c>https://app.example.com</c>,
    /// <c>http://localhost:3000</c>: scheme, host and port, no path); <c>*</c> allows any origin (without credentials).
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>
    /// Whether any loopback origin (<c>http://localhost:*</c>, <c>127.0.0.1</c>, <c>[::1]</c>, any port) is allowed:
    /// a frontend's development server. Null: on in Development, off elsewhere.
    /// </summary>
    public bool? AllowLocalhost { get; set; }

    /// <summary>Request headers allowed beyond <see cref="DefaultAllowedHeaders"/>.</summary>
    public string[] AllowedHeaders { get; set; } = [];

    /// <summary>Response headers exposed beyond <see cref="DefaultExposedHeaders"/>.</summary>
    public string[] ExposedHeaders { get; set; } = [];

    /// <summary>Whether browsers may send cookies and HTTP authentication (<c>credentials: "include"</c>). Off: API keys travel in headers.</summary>
    public bool AllowCredentials { get; set; }

    /// <summary>How long a browser may reuse a preflight's answer (<c>Access-Control-Max-Age</c>): 10 minutes.</summary>
    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromMinutes(10);
}
