using ProfileGraph.Emulators.Faults;

namespace ProfileGraph.Emulators.Slack;

/// <summary>Slack credentials and Tier 4 limits of the emulated workspace.</summary>
public sealed class SlackEmulatorOptions
{
    /// <summary>Bot token with users:read and users.profile:read.</summary>
    public string Token { get; set; } = "xoxb-profilegraph-emulator-token";

    /// <summary>Token of a deactivated workspace user: every call answers <c>account_inactive</c>.</summary>
    public string InactiveToken { get; set; } = "xoxb-profilegraph-emulator-inactive";

    /// <summary>Valid token granted only chat:write: every call answers <c>missing_scope</c>.</summary>
    public string LimitedScopeToken { get; set; } = "xoxb-profilegraph-emulator-chat-only";

    /// <summary>The user a call without <c>user</c> describes; the first active human when unset.</summary>
    public string? TokenOwnerUserId { get; set; }

    /// <summary>Tier 4: 100+ per minute, per method and token.</summary>
    public RateLimitRule ProfileGetLimit { get; set; } = new(100, TimeSpan.FromMinutes(1));

    /// <summary><c>include_labels</c> is "heavily rate-limited": its own, much smaller budget.</summary>
    public RateLimitRule IncludeLabelsLimit { get; set; } = new(10, TimeSpan.FromMinutes(1));

    public RateLimitRule UsersInfoLimit { get; set; } = new(100, TimeSpan.FromMinutes(1));

    /// <summary>The app's signing secret: events sent to <see cref="EventsUrl"/> are signed with it, as Slack signs them.</summary>
    public string SigningSecret { get; set; } = "profilegraph-emulator-signing-secret";

    /// <summary>
    /// The app's Events API request URL: a user changed through the admin API is announced there (<c>user_change</c>).
    /// Unset, no event is sent. Read on every change, so a service embedding the emulators sets it once it listens.
    /// </summary>
    public Uri? EventsUrl { get; set; }

    /// <summary>The app's id, as events name it.</summary>
    public string ApiAppId { get; set; } = "A0PROFILEGRAPH";

    /// <summary>
    /// Throttle as Slack has also been seen to: HTTP 200 <c>{"ok":false,"error":"ratelimited"}</c> without
    /// <c>Retry-After</c>, instead of the documented 429. Read on every answer, so it can be switched at run time.
    /// </summary>
    public bool RateLimitedWithHttp200 { get; set; }
}
