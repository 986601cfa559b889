namespace ProfileGraph.GraphQL.Execution.Incremental;

/// <summary>How incremental results are written.</summary>
public enum IncrementalFormat
{
    /// <summary>
    /// The incremental delivery RFC as graphql-js 17 implements it: <c>pending</c> (id, path, label) announces work,
    /// <c>incremental</c> entries carry <c>data</c> or <c>items</c> by id, <c>completed</c> ends it.
    /// </summary>
    Current,

    /// <summary>
    /// The 2022 draft Apollo Client speaks (<c>deferSpec=20220824</c>): no <c>pending</c> or <c>completed</c>;
    /// each <c>incremental</c> entry carries its <c>path</c> (for items, ending at the first item's index) and <c>label</c>.
    /// </summary>
    Draft20220824,
}
