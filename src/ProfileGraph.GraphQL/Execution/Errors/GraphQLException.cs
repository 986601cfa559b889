namespace ProfileGraph.GraphQL.Execution;

/// <summary>
/// An exception whose message is meant for the client. Resolvers throw it for expected failures (not found, bad
/// input, a provider that is down); any other exception becomes an opaque "Unexpected Execution Error", since its
/// message may carry internals.
/// </summary>
public class GraphQLException : Exception
{
    public GraphQLException()
        : this("Unexpected Execution Error")
    {
    }

    public GraphQLException(string message)
        : this(message, ErrorCodes.InternalServerError)
    {
    }

    public GraphQLException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = ErrorCodes.InternalServerError;
    }

    public GraphQLException(string message, string code, IReadOnlyDictionary<string, object?>? extensions = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        Extensions = extensions;
    }

    public string Code { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }
}
