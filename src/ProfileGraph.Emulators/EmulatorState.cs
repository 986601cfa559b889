using System.Collections.Concurrent;
using ProfileGraph.Emulators.Data;
using ProfileGraph.Emulators.Faults;
using ProfileGraph.Emulators.Observability;
using ProfileGraph.Emulators.Slack;

namespace ProfileGraph.Emulators;

/// <summary>
/// The live state all four emulators share: options, data set (and changes to it), counters, faults and rate-limit windows.
/// One per host, a DI singleton; tests reach it through <see cref="Hosting.EmulatorHost.State"/>.
/// </summary>
public sealed class EmulatorState
{
    private readonly ConcurrentDictionary<EmulatedProvider, FaultProfile> _faults = new();

    public EmulatorState(EmulatorOptions options)
    {
        Options = options;
        Dataset = EmulatorDataset.ForSeed(options.Seed).ForHost();
        SlackUsers = new SlackUsers(Dataset);
        RateLimiter = new FixedWindowRateLimiter();
        Counters = new EmulatorCounters(options.TimeProvider);
        ResetFaults();
    }

    public EmulatorOptions Options { get; }

    public EmulatorDataset Dataset { get; }

    public EmulatorCounters Counters { get; }

    /// <summary>Slack's users with the admin API's changes: what users.profile.get and users.info serve.</summary>
    public SlackUsers SlackUsers { get; }

    public TimeProvider Clock => Options.TimeProvider;

    internal FixedWindowRateLimiter RateLimiter { get; }

    internal UsageQuota Quotas { get; } = new();

    public FaultProfile GetFaults(EmulatedProvider provider) => _faults[provider];

    public void SetFaults(EmulatedProvider provider, FaultProfile profile)
    {
        var problem = profile.ValidateFor(provider);
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(profile));
        }

        _faults[provider] = profile;
    }

    /// <summary>Back to the start-up faults of every provider.</summary>
    public void ResetFaults()
    {
        foreach (var provider in EmulatedProviders.All)
        {
            ResetFaults(provider);
        }
    }

    public void ResetFaults(EmulatedProvider provider) =>
        SetFaults(provider, Options.Faults.GetValueOrDefault(provider) ?? new FaultProfile());

    /// <summary>Forgets every rate-limit window and quota use, so the next requests start with full budgets.</summary>
    public void ResetRateLimits()
    {
        RateLimiter.Reset();
        Quotas.Reset();
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Action> _botSockets = new(StringComparer.Ordinal);

    /// <summary>
    /// nandbox allows one socket per bot: the socket that authenticates last holds it, and the one before is closed
    /// (<paramref name="close"/> of the earlier socket is called). Returns whether an earlier socket was replaced.
    /// </summary>
    internal bool HoldBotSocket(string botId, Action close)
    {
        Action? replaced = null;
        _botSockets.AddOrUpdate(botId, close, (_, earlier) =>
        {
            replaced = earlier;
            return close;
        });
        replaced?.Invoke();
        return replaced is not null;
    }

    /// <summary>The socket of <paramref name="close"/> ended: the bot holds none until another authenticates.</summary>
    internal void ReleaseBotSocket(string botId, Action close) =>
        _botSockets.TryRemove(KeyValuePair.Create(botId, close));

    /// <summary>Raised by <see cref="DropNandboxSockets"/>; each open nandbox session closes its socket.</summary>
    internal event Action? NandboxDropRequested;

    /// <summary>
    /// Closes every open nandbox socket now (1011, as the <c>webSocketClose</c> fault does), whatever is in
    /// flight on it: a drop at a moment the test chooses, where the fault strikes at random. Sockets opened
    /// afterwards are not affected.
    /// </summary>
    public void DropNandboxSockets() => NandboxDropRequested?.Invoke();
}
