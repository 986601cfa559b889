namespace ProfileGraph.Benchmarks.Naive;

/// <summary>The <c>Mutation</c> fields of the naive baseline: people are outside the benchmark, so they answer an error.</summary>
internal static class NaiveMutationResolvers
{
    public static object LinkAccounts() => throw NaiveQueryResolvers.NotInTheBaseline("linkAccounts");

    public static object UnlinkAccount() => throw NaiveQueryResolvers.NotInTheBaseline("unlinkAccount");
}
