namespace ProfileGraph.GraphQL.AspNetCore.Http;

/// <summary>A request the transport refuses before execution: its status, and the error the client reads.</summary>
internal sealed class GraphQLHttpException(int statusCode, string code, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string Code { get; } = code;

    public static GraphQLHttpException BadRequest(string message) => new(400, HttpErrorCodes.BadRequest, message);
}
