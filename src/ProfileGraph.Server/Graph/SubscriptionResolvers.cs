using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using ProfileGraph.GraphQL.Binding;
using ProfileGraph.Providers.Status;
using ProfileGraph.Server.Caching;
using ProfileGraph.Server.Graph.Providers;
using ProfileGraph.Server.Hosting;

namespace ProfileGraph.Server.Graph;

/// <summary>The <c>Subscription</c> fields' subscribers: each gives the field's source stream of events.</summary>
public static class SubscriptionResolvers
{
    /// <summary>How many status changes wait for a slow subscriber before the oldest are dropped.</summary>
    private const int Backlog = 64;

    /// <summary>Every circuit transition of this replica's providers, as the provider's status then.</summary>
    public static async IAsyncEnumerable<ProviderState> ProviderStatusChanged(
        [Service] ProviderStatusRegistry registry,
        [Service] EmulatedProviders emulated,
        [Service] IOptions<ProfileCacheOptions> cache,
        [Service] ProviderCacheStatistics statistics,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var changes = Channel.CreateBounded<ProviderStatus>(new BoundedChannelOptions(Backlog) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        void OnChanged(ProviderStatus status) => changes.Writer.TryWrite(status);
        registry.StatusChanged += OnChanged;
        try
        {
            await foreach (var status in changes.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return new ProviderState(
                    status.Provider, status.Breaker, status.ErrorRate, status.Calls, emulated.Contains(status.Provider), ProviderCacheStatus.Of(status.Provider, cache.Value, statistics));
            }
        }
        finally
        {
            registry.StatusChanged -= OnChanged;
        }
    }
}
