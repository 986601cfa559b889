using ProfileGraph.Providers.Errors;

namespace ProfileGraph.Providers.Slack;

/// <summary>Slack's <c>error</c> codes as kinds. Slack answers most failures with HTTP 200, so the code decides.</summary>
internal static class SlackErrors
{
    public static ProviderErrorKind KindOf(string error) => error switch
    {
        "user_not_found" or "users_not_found" or "bot_not_found" => ProviderErrorKind.NotFound,
        "not_authed" or "invalid_auth" or "account_inactive" or "token_revoked" or "token_expired" => ProviderErrorKind.Unauthorized,
        "missing_scope" or "no_permission" or "not_allowed_token_type" or "ekm_access_denied" or "access_denied"
            or "team_access_not_granted" => ProviderErrorKind.Forbidden,
        // Seen both as the documented 429 and as HTTP 200 without Retry-After.
        "ratelimited" or "rate_limited" => ProviderErrorKind.Throttled,
        "service_unavailable" or "fatal_error" or "internal_error" or "request_timeout" or "team_added_to_org" => ProviderErrorKind.Unavailable,
        // invalid_arg_name, invalid_post_type, invalid_charset, ...: the request, as sent, cannot succeed.
        _ => ProviderErrorKind.InvalidRequest,
    };
}
