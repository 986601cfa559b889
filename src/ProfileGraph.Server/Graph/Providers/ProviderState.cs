using Polly.CircuitBreaker;
using ProfileGraph.Providers;

namespace ProfileGraph.Server.Graph.Providers;

/// <summary>The <c>ProviderStatus</c> type.</summary>
public sealed record ProviderState(Provider Provider, CircuitState Circuit, double ErrorRate, long RecentCalls, bool Emulated, ProviderCacheStatus Cache);
