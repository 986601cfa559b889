using Polly;

namespace ProfileGraph.Providers.Resilience;

/// <summary>One kind of call to a provider: its name in logs, metrics and errors, and the rate limits it draws on.</summary>
public sealed record ProviderOperation(Provider Provider, string Name, IReadOnlyList<string> RateLimits)
{
    /// <summary>Where the pipeline's strategies find the operation of the call they are running.</summary>
    internal static ResiliencePropertyKey<ProviderOperation> Key { get; } = new("ProfileGraph.Providers.Operation");

    public ProviderOperation(Provider provider, string name)
        : this(provider, name, [name])
    {
    }

    /// <summary>The operation a call runs; a call made on the Polly pipeline directly gets one named by its operation key.</summary>
    internal static ProviderOperation Of(ResilienceContext context, Provider provider) =>
        context.Properties.GetValue(Key, null!) ?? new ProviderOperation(provider, context.OperationKey ?? "call", []);
}
