using ProfileGraph.Providers;

namespace ProfileGraph.Server.Graph.Providers;

/// <summary>Providers as the schema's <c>Provider</c> enum names them.</summary>
public static class ProviderNames
{
    public static string Of(Provider provider) => provider.ToString().ToUpperInvariant();
}
