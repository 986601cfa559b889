using System.Diagnostics;

namespace ProfileGraph.Providers.Resilience;

/// <summary>
/// The providers' traces (<see cref="SourceName"/>): a client span per provider call through its pipeline, retries and
/// waits for permits included ("{provider} {operation}": provider, operation, outcome, retries), and one per nandbox
/// frame round trip. Attributes name providers, operations and error kinds, never ids, URLs or frames.
/// </summary>
public static class ProviderActivities
{
    public const string SourceName = "ProfileGraph.Providers";

    public const string ProviderTag = "profilegraph.provider";
    public const string OperationTag = "profilegraph.provider.operation";
    public const string OutcomeTag = "profilegraph.provider.outcome";
    public const string RetriesTag = "profilegraph.provider.retries";

    internal static readonly ActivitySource Source = new(SourceName);

    internal static Activity? StartCall(ProviderOperation operation)
    {
        var activity = Source.StartActivity($"{operation.Provider} {operation.Name}", ActivityKind.Client);
        activity?.SetTag(ProviderTag, operation.Provider.ToString());
        activity?.SetTag(OperationTag, operation.Name);
        return activity;
    }

    /// <summary>Counts a retry on the call's span (the pipeline runs inside it).</summary>
    internal static void Retried(int attempt) => Activity.Current?.SetTag(RetriesTag, attempt);
}
