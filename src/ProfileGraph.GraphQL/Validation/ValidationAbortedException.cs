namespace ProfileGraph.GraphQL.Validation;

/// <summary>Thrown by <see cref="ValidationContext.Abort"/> to stop the walk, as graphql-js does.</summary>
internal sealed class ValidationAbortedException : Exception
{
    public ValidationAbortedException()
        : base("Validation aborted.")
    {
    }

    public ValidationAbortedException(string message)
        : base(message)
    {
    }

    public ValidationAbortedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
