using ProfileGraph.Providers;

namespace ProfileGraph.Server.Hosting;

/// <summary>The providers this process points at its embedded emulators rather than at the real APIs.</summary>
public sealed class EmulatedProviders(IEnumerable<Provider> providers)
{
    private readonly HashSet<Provider> _providers = [.. providers];

    public bool Contains(Provider provider) => _providers.Contains(provider);

    public bool Any => _providers.Count > 0;
}
