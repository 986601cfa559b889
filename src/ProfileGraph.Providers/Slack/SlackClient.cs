using ProfileGraph.Providers.Errors;
using ProfileGraph.Providers.Http;
using ProfileGraph.Providers.Json;
using ProfileGraph.Providers.Resilience;

namespace ProfileGraph.Providers.Slack;

/// <summary>
/// Slack's users.profile.get and users.info. The bot token goes in <c>Authorization: Bearer</c> (set when the
/// typed client is registered); arguments go as a urlencoded POST body, as the Web API asks.
/// </summary>
public sealed class SlackClient
{
    internal static readonly ProviderOperation ProfileGet = new(Provider.Slack, "users.profile.get");
    internal static readonly ProviderOperation ProfileGetWithLabels = new(Provider.Slack, "users.profile.get", ["users.profile.get", "include_labels"]);
    internal static readonly ProviderOperation UsersInfo = new(Provider.Slack, "users.info");

    private readonly ProviderHttp _http;

    public SlackClient(HttpClient http, ProviderPipelines pipelines, TimeProvider time)
    {
        _http = new ProviderHttp(http, pipelines.Get(Provider.Slack), time);
    }

    /// <summary>
    /// users.profile.get: the profile of <paramref name="userId"/>, or of the token's owner when null.
    /// <paramref name="includeLabels"/> adds each custom field's label, and draws on Slack's much smaller
    /// <c>include_labels</c> budget.
    /// </summary>
    public Task<SlackProfile> GetProfileAsync(string? userId = null, bool includeLabels = false, CancellationToken cancellationToken = default)
    {
        var arguments = new List<KeyValuePair<string, string>>();
        if (userId is not null)
        {
            arguments.Add(new("user", userId));
        }

        if (includeLabels)
        {
            arguments.Add(new("include_labels", "true"));
        }

        return CallAsync(includeLabels ? ProfileGetWithLabels : ProfileGet, arguments, answer => answer.Profile, cancellationToken);
    }

    /// <summary>users.info: the account (time zone, deleted, bot, admin...) with its profile.</summary>
    public Task<SlackUser> GetUserAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        return CallAsync(UsersInfo, [new("user", userId)], answer => answer.User, cancellationToken);
    }

    private Task<T> CallAsync<T>(ProviderOperation operation, List<KeyValuePair<string, string>> arguments, Func<SlackResponse, T?> payload, CancellationToken cancellationToken)
        where T : class =>
        _http.SendAsync(
            operation,
            () => new HttpRequestMessage(HttpMethod.Post, operation.Name) { Content = new FormUrlEncodedContent(arguments) },
            response =>
            {
                var answer = ProviderHttp.TryRead(response.Body, ProvidersJsonContext.Default.SlackResponse);
                if (answer is { Ok: true } && response.IsSuccess)
                {
                    return payload(answer) ?? throw ProviderFailures.BadResponse(Provider.Slack, operation.Name, "ok without a payload");
                }

                if (answer?.Error is { } error)
                {
                    // The code decides whatever the status: "ratelimited" is throttling even as HTTP 200.
                    throw ProviderFailures.FromCode(Provider.Slack, operation.Name, SlackErrors.KindOf(error), error, response.RetryAfter);
                }

                throw response.IsSuccess
                    ? ProviderFailures.BadResponse(Provider.Slack, operation.Name, "invalid JSON")
                    : response.Failure();
            },
            cancellationToken);
}
