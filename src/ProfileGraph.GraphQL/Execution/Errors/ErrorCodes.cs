namespace ProfileGraph.GraphQL.Execution;

/// <summary>
/// The <c>extensions.code</c> values the engine gives its errors, so clients can tell request problems from
/// field failures without parsing messages. Names follow the codes Apollo and graphql-over-http clients know.
/// </summary>
public static class ErrorCodes
{
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string OperationNotFound = "OPERATION_RESOLUTION_FAILURE";
    public const string OperationNotAllowed = "OPERATION_NOT_ALLOWED";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
    public const string NonNullViolation = "NON_NULL_VIOLATION";
    public const string ResultCoercionFailed = "RESULT_COERCION_FAILED";
    public const string AbstractTypeResolutionFailed = "ABSTRACT_TYPE_RESOLUTION_FAILED";
    public const string Timeout = "EXECUTION_TIMEOUT";

    // Demand control: an operation over a limit is refused before anything executes.
    public const string CostLimitExceeded = "COST_LIMIT_EXCEEDED";
    public const string ListSizeLimitExceeded = "LIST_SIZE_LIMIT_EXCEEDED";
    public const string FieldLimitExceeded = "FIELD_LIMIT_EXCEEDED";
    public const string DepthLimitExceeded = "DEPTH_LIMIT_EXCEEDED";
    public const string IntrospectionDepthExceeded = "INTROSPECTION_DEPTH_EXCEEDED";
    public const string SlicingArgumentRequired = "SLICING_ARGUMENT_REQUIRED";
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
}
