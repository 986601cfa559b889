namespace ProfileGraph.GraphQL.Types;

/// <summary>Thrown by <see cref="SchemaBuilder.Build"/> with every problem found, not just the first.</summary>
public sealed class SchemaValidationException : Exception
{
    public SchemaValidationException(IReadOnlyList<SchemaError> errors)
        : base("The schema is invalid:" + string.Concat(errors.Select(e => "\n- " + e)))
    {
        Errors = errors;
    }

    public SchemaValidationException()
        : this([])
    {
    }

    public SchemaValidationException(string message)
        : base(message)
    {
        Errors = [];
    }

    public SchemaValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public IReadOnlyList<SchemaError> Errors { get; }
}
