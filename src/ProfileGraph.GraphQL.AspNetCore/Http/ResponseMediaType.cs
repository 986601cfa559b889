namespace ProfileGraph.GraphQL.AspNetCore.Http;

/// <summary>The media types a GraphQL response is written in.</summary>
internal enum ResponseMediaType
{
    /// <summary>Nothing in the Accept header is acceptable (406).</summary>
    None,

    /// <summary><c>application/graphql-response+json</c>: status codes tell request errors from results.</summary>
    GraphQLResponseJson,

    /// <summary><c>application/json</c>, for legacy clients: 200 for every well-formed request.</summary>
    Json,
}
