namespace ProfileGraph.GraphQL.Language;

/// <summary>The three root operation types (spec §2.3).</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}
