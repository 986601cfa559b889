namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// A value that a type cannot represent, in either direction of coercion. The message reads as graphql-js's,
/// e.g. <c>Int cannot represent non-integer value: "x"</c>, ready to become a GraphQL error.
/// </summary>
public sealed class GraphQLCoercionException : Exception
{
    public GraphQLCoercionException(string message)
        : base(message)
    {
    }

    public GraphQLCoercionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GraphQLCoercionException()
    {
    }
}
