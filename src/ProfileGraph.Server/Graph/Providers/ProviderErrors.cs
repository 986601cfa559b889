using System.Globalization;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.Providers;
using ProfileGraph.Providers.Errors;

namespace ProfileGraph.Server.Graph.Providers;

/// <summary>
/// Provider failures as GraphQL field errors: <c>extensions.code</c> says why in terms a client can act on, and
/// <c>extensions.provider</c> says which provider. Messages come from the provider clients, which never put
/// credentials in them.
/// </summary>
public static class ProviderErrors
{
    public const string UserNotFound = "USER_NOT_FOUND";
    public const string Unavailable = "PROVIDER_UNAVAILABLE";
    public const string RateLimited = "PROVIDER_RATE_LIMITED";
    public const string Unauthorized = "PROVIDER_UNAUTHORIZED";
    public const string Timeout = "PROVIDER_TIMEOUT";

    public static GraphQLException ToGraphQL(ProviderException failure)
    {
        var extensions = new Dictionary<string, object?> { ["provider"] = ProviderNames.Of(failure.Provider) };
        if (failure.RetryAfter is { } retryAfter)
        {
            extensions["retryAfter"] = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        var code = failure.Kind switch
        {
            ProviderErrorKind.NotFound => UserNotFound,
            ProviderErrorKind.Unauthorized or ProviderErrorKind.Forbidden => Unauthorized,
            ProviderErrorKind.Throttled => RateLimited,
            ProviderErrorKind.Timeout => Timeout,
            ProviderErrorKind.InvalidRequest => ErrorCodes.BadUserInput,
            _ => Unavailable,
        };
        return new GraphQLException(failure.Message, code, extensions, failure);
    }

    /// <summary>The error of a user the provider does not have.</summary>
    public static GraphQLException NotFound(Provider provider, string id) => new(
        $"{ProviderNames.Of(provider)} has no user \"{id}\".",
        UserNotFound,
        new Dictionary<string, object?> { ["provider"] = ProviderNames.Of(provider) });
}
