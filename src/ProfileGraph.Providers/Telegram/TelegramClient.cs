using Microsoft.Extensions.Options;
using ProfileGraph.Providers.Configuration;
using ProfileGraph.Providers.Errors;
using ProfileGraph.Providers.Http;
using ProfileGraph.Providers.Json;
using ProfileGraph.Providers.Resilience;

namespace ProfileGraph.Providers.Telegram;

/// <summary>
/// Infobip's Telegram users: one user, or the list (the batch path: one call returns up to 10,000 users).
/// <c>Authorization: App</c> or <c>Basic</c> is set when the typed client is registered.
/// </summary>
public sealed class TelegramClient
{
    /// <summary>The most users one list call returns.</summary>
    public const int MaxListLimit = 10_000;

    internal static readonly ProviderOperation ListUsers = new(Provider.Telegram, "users.list");
    internal static readonly ProviderOperation GetUser = new(Provider.Telegram, "users.get");

    private readonly ProviderHttp _http;
    private readonly string _usersPath;

    public TelegramClient(HttpClient http, ProviderPipelines pipelines, IOptions<TelegramOptions> options, TimeProvider time)
    {
        _http = new ProviderHttp(http, pipelines.Get(Provider.Telegram), time);
        _usersPath = $"telegram/1/applications/{Uri.EscapeDataString(options.Value.ApplicationKey!)}/users";
    }

    public Task<TelegramUser> GetUserAsync(string userKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userKey);
        return _http.SendAsync(
            GetUser,
            () => new HttpRequestMessage(HttpMethod.Get, $"{_usersPath}/{Uri.EscapeDataString(userKey)}"),
            response => response.IsSuccess ? response.Read(ProvidersJsonContext.Default.TelegramUser) : throw Failure(response),
            cancellationToken);
    }

    /// <summary>The application's first <paramref name="limit"/> users, in Infobip's order.</summary>
    public Task<IReadOnlyList<TelegramUser>> ListUsersAsync(int limit = MaxListLimit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxListLimit);
        return _http.SendAsync(
            ListUsers,
            () => new HttpRequestMessage(HttpMethod.Get, $"{_usersPath}?limit={limit}"),
            response => response.IsSuccess
                ? response.Read(ProvidersJsonContext.Default.InfobipUsersResponse).Users ?? []
                : throw Failure(response),
            cancellationToken);
    }

    /// <summary>The status decides; Infobip's <c>messageId</c> (UNAUTHORIZED, NOT_FOUND, TOO_MANY_REQUESTS...) names it.</summary>
    private static ProviderException Failure(ProviderResponse response) =>
        response.Failure(ProviderHttp.TryRead(response.Body, ProvidersJsonContext.Default.InfobipErrorResponse)?.RequestError?.ServiceException?.MessageId);
}
