using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Execution.Results;

namespace ProfileGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// The HTTP status of a GraphQL response, by the GraphQL-over-HTTP draft as the graphql-http audits check it. A result
/// with data is 200 in either media type. A request error (no data) is 200 in <c>application/json</c>, whose legacy
/// clients trust only 200s, and a 4xx in <c>application/graphql-response+json</c>: 400 for a document that does not
/// parse, 400 or 422 (<see cref="GraphQLHttpOptions.ValidationFailureStatusCode"/>) for validation, operation and
/// variable failures. A mutation over GET is 405 in both, since the draft says MUST there.
/// </summary>
internal static class ResponseStatus
{
    public static int For(ExecutionResult result, ResponseMediaType mediaType, bool isGet, int validationFailureStatusCode)
    {
        // With data, or with no error at all (a cost estimate that executed nothing).
        if (result.HasData || result.Errors.Count == 0)
        {
            return 200;
        }

        var code = result.Errors.Count > 0 ? result.Errors[0].Code : null;
        if (isGet && code == ErrorCodes.OperationNotAllowed)
        {
            return 405;
        }

        if (code == Clients.ClientCostBudgetStep.RateLimited)
        {
            // A quota is HTTP's business in either media type: 429, with Retry-After.
            return 429;
        }

        if (mediaType == ResponseMediaType.Json)
        {
            return 200;
        }

        return code switch
        {
            Documents.PersistedDocuments.Forbidden or Clients.ClientWriteGateStep.Forbidden => 403,
            ErrorCodes.ParseFailed => 400,
            ErrorCodes.ValidationFailed or ErrorCodes.OperationNotFound or ErrorCodes.OperationNotAllowed or ErrorCodes.BadUserInput
                or ErrorCodes.IntrospectionDisabled => validationFailureStatusCode,
            ErrorCodes.InternalServerError => 500,
            _ => 400,
        };
    }
}
