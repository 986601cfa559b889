namespace ProfileGraph.Benchmarks.Naive;

/// <summary>The <c>Subscription</c> subscribers of the naive baseline: live events are outside the benchmark, so they answer an error.</summary>
internal static class NaiveSubscribers
{
    public static IAsyncEnumerable<object> ProviderStatusChanged() => throw NaiveQueryResolvers.NotInTheBaseline("providerStatusChanged");

    public static IAsyncEnumerable<object> UserChanged() => throw NaiveQueryResolvers.NotInTheBaseline("userChanged");
}
