using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProfileGraph.GraphQL.AspNetCore.Http;

namespace ProfileGraph.GraphQL.AspNetCore.Clients;

/// <summary>
/// Client identity as ASP.NET Core authentication: the API key comes in <c>X-Api-Key</c> (or
/// <c>Authorization: ApiKey &lt;key&gt;</c>) and names a configured client. A challenge answers 401 with a GraphQL
/// error coded <c>UNAUTHENTICATED</c>; the key itself is never logged or echoed.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ClientRegistry clients) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string HeaderName = "X-Api-Key";
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The key the request presents, from either header; null when it presents none.</summary>
    public static string? KeyOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Headers[HeaderName].ToString() is { Length: > 0 } key)
        {
            return key.Trim();
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith(ClientClaims.Scheme + " ", StringComparison.OrdinalIgnoreCase)
            ? authorization[(ClientClaims.Scheme.Length + 1)..].Trim()
            : null;
    }

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (KeyOf(Request) is not { } key)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (clients.FindByKey(key) is not { } client)
        {
            return Task.FromResult(AuthenticateResult.Fail("The API key names no client."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, client.Name)], ClientClaims.Scheme);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), ClientClaims.Scheme)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = ClientClaims.Scheme;
        var message = KeyOf(Request) is null
            ? $"An API key is required: send it in the {HeaderName} header."
            : "The API key is not valid.";
        GraphQLResponseWriter.WriteError(Response, new GraphQLHttpException(StatusCodes.Status401Unauthorized, Unauthenticated, message));
        return Task.CompletedTask;
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        GraphQLResponseWriter.WriteError(Response, new GraphQLHttpException(StatusCodes.Status403Forbidden, "FORBIDDEN", "This client may not do that."));
        return Task.CompletedTask;
    }
}
