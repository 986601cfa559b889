using System.Security.Claims;

namespace ProfileGraph.GraphQL.AspNetCore.Clients;

/// <summary>What an authenticated client's principal says of it (its name is the identity's name).</summary>
public static class ClientClaims
{
    public const string Scheme = "ApiKey";

    /// <summary>The client's name: the authenticated client's, else the anonymous caller's.</summary>
    public static string NameOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity is { IsAuthenticated: true, Name: { } name } ? name : ClientRegistry.AnonymousName;
    }
}
