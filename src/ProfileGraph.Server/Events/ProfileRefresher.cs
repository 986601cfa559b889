using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ProfileGraph.GraphQL.AspNetCore;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.Providers;
using ProfileGraph.Server.Caching;
using ProfileGraph.Server.Graph.Users;

namespace ProfileGraph.Server.Events;

/// <summary>
/// Polls the subscribed users of providers that push no changes (Telegram, WhatsApp, nandbox; Slack when its Events
/// API is off and <see cref="ProfileRefreshOptions.PollSlack"/>) every
/// <see cref="ProfileRefreshOptions.Interval"/>, through the graph itself (the same DataLoaders, cache and provider
/// pipelines, so their rate limits pace it), accepting answers up to one interval old, and publishes a change only
/// when a user's profile differs from what the last round saw. A round reads at most
/// <see cref="ProfileRefreshOptions.MaxUsersPerProvider"/> users per provider, taking the others in turn.
/// </summary>
public sealed partial class ProfileRefresher(
    GraphQLServer server,
    IServiceScopeFactory scopes,
    SubscribedUsers subscribed,
    ProfileChangeFeed feed,
    IOptions<ProfileRefreshOptions> options,
    IOptions<SlackEventsOptions> slackEvents,
    TimeProvider time,
    ILogger<ProfileRefresher> logger) : BackgroundService
{
    // The normalized fields a subscriber sees change; a fingerprint of them tells a real change from a re-read.
    private const string Query = """
        query Refresh($refs: [UserRef!]!) {
          users(refs: $refs) { provider providerId displayName firstName lastName username email phone isBot status { text emoji expiresAt } avatar { url } }
        }
        """;

    private static readonly Provider[] Pushless = [Provider.Telegram, Provider.WhatsApp, Provider.Nandbox];

    private readonly ConcurrentDictionary<UserRef, string> _seen = new();
    private readonly Dictionary<Provider, int> _turn = [];

    /// <summary>One round: reads the users due, publishes those that changed since they were last seen; returns how many changed.</summary>
    public async Task<int> RefreshAsync(CancellationToken cancellationToken)
    {
        var all = subscribed.Snapshot();
        ForgetUnsubscribed(all);
        var due = Due(all);
        if (due.Count == 0)
        {
            return 0;
        }

        await using var scope = scopes.CreateAsyncScope();
        var result = await server.Executor.ExecuteAsync(
            new ExecutionRequest
            {
                Query = Query,
                Variables = new Dictionary<string, object?> { ["refs"] = JsonSerializer.SerializeToElement(due.Select(user => new { provider = ProviderName(user.Provider), id = user.Id })) },
                Services = scope.ServiceProvider,
                ContextData = new Dictionary<string, object?>(StringComparer.Ordinal) { [CacheDirective.ContextKey] = new CacheDirective(options.Value.Interval) },
            },
            cancellationToken).ConfigureAwait(false);

        using var document = JsonDocument.Parse(result.ToJson());
        if (!document.RootElement.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return 0;
        }

        var changed = 0;
        var users = data.GetProperty("users");
        for (var index = 0; index < due.Count && index < users.GetArrayLength(); index++)
        {
            // A user that failed to load (null, or a provider error in its fields) keeps what was seen: no news is no change.
            var user = users[index];
            if (user.ValueKind != JsonValueKind.Object || HasErrorAt(document.RootElement, index))
            {
                continue;
            }

            var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(user.GetRawText())));
            if (_seen.TryGetValue(due[index], out var before) && before != fingerprint)
            {
                await feed.PublishAsync(new ProfileChange(due[index], time.GetUtcNow(), "refresh"), cancellationToken).ConfigureAwait(false);
                changed++;
            }

            _seen[due[index]] = fingerprint;
        }

        return changed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await RefreshAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogRoundFailed(logger, error);
            }
        }
    }

    /// <summary>Up to the round's share per polled provider, starting where the last round stopped.</summary>
    private List<UserRef> Due(IReadOnlyList<UserRef> all)
    {
        var due = new List<UserRef>();
        // Slack's changes come from its Events API where a signing secret is set: polling it too would announce each twice.
        foreach (var provider in options.Value.PollSlack && !slackEvents.Value.Enabled ? [Provider.Slack, .. Pushless] : Pushless)
        {
            var users = all.Where(user => user.Provider == provider).OrderBy(user => user.Id, StringComparer.Ordinal).ToList();
            if (users.Count == 0)
            {
                continue;
            }

            var start = _turn.GetValueOrDefault(provider) % users.Count;
            var take = Math.Min(options.Value.MaxUsersPerProvider, users.Count);
            due.AddRange(Enumerable.Range(0, take).Select(offset => users[(start + offset) % users.Count]));
            _turn[provider] = start + take;
        }

        return due;
    }

    private void ForgetUnsubscribed(IReadOnlyList<UserRef> all)
    {
        var current = all.ToHashSet();
        foreach (var user in _seen.Keys.Where(user => !current.Contains(user)))
        {
            _seen.TryRemove(user, out _);
        }
    }

    private static bool HasErrorAt(JsonElement result, int index) =>
        result.TryGetProperty("errors", out var errors)
        && errors.EnumerateArray().Any(error => error.TryGetProperty("path", out var path) && path.GetArrayLength() > 1 && path[1].ValueKind == JsonValueKind.Number && path[1].GetInt32() == index);

    private static string ProviderName(Provider provider) => provider.ToString().ToUpperInvariant();

    [LoggerMessage(Level = LogLevel.Warning, Message = "A refresh round of the subscribed users failed; the next round tries again")]
    private static partial void LogRoundFailed(ILogger logger, Exception error);
}
