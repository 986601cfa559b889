using ProfileGraph.Providers.Errors;

namespace ProfileGraph.Providers.Nandbox;

/// <summary>
/// nandbox error frames as kinds. nandbox publishes no error catalogue, so the text decides; what is not
/// recognised is a bad response, not to be retried.
/// </summary>
internal static class NandboxErrors
{
    public static ProviderErrorKind KindOf(string error)
    {
        bool Says(string words) => error.Contains(words, StringComparison.OrdinalIgnoreCase);

        return error switch
        {
            // A wrong app id is configuration, not a missing user: the bot cannot reach that app.
            _ when Says("app") && Says("not found") => ProviderErrorKind.Forbidden,
            _ when Says("not found") => ProviderErrorKind.NotFound,
            _ when Says("permission") || Says("denied") || Says("not allowed") => ProviderErrorKind.Forbidden,
            _ when Says("token") || Says("authenticat") || Says("unauthori") => ProviderErrorKind.Unauthorized,
            _ when Says("too many") || Says("rate limit") => ProviderErrorKind.Throttled,
            _ when Says("internal") || Says("unavailable") || Says("try again") => ProviderErrorKind.Unavailable,
            _ => ProviderErrorKind.BadResponse,
        };
    }
}
