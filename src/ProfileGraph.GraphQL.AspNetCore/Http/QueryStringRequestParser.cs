using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ProfileGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// Reads a GET request's URL parameters (the draft's <c>application/x-www-form-urlencoded</c> form): <c>query</c>,
/// <c>operationName</c>, and <c>variables</c> and <c>extensions</c> as JSON-encoded objects. An empty value is the
/// same as none.
/// </summary>
internal static class QueryStringRequestParser
{
    public static GraphQLHttpRequest Parse(IQueryCollection parameters)
    {
        var request = new GraphQLHttpRequest();
        try
        {
            request.OperationName = NullIfEmpty(Single(parameters, "operationName"));
            request.SetVariables(ParseMap(parameters, "variables"));
            request.SetExtensions(ParseMap(parameters, "extensions"));
            request.DocumentId = NullIfEmpty(Single(parameters, "documentId"));
            if (Single(parameters, "query") is { } query)
            {
                request.SetQuery(query);
            }
            else if (!request.NamesPersistedDocument)
            {
                throw GraphQLHttpException.BadRequest("A GET request needs a \"query\" URL parameter holding the GraphQL document (or a \"documentId\").");
            }

            return request;
        }
        catch
        {
            request.Dispose();
            throw;
        }
    }

    private static JsonDocument? ParseMap(IQueryCollection parameters, string name)
    {
        if (NullIfEmpty(Single(parameters, name)) is not { } json)
        {
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException error)
        {
            throw GraphQLHttpException.BadRequest($"The \"{name}\" URL parameter is not valid JSON: {error.Message}");
        }

        switch (document.RootElement.ValueKind)
        {
            case JsonValueKind.Object:
                return document;
            case JsonValueKind.Null:
                document.Dispose();
                return null;
            default:
                document.Dispose();
                throw GraphQLHttpException.BadRequest($"The \"{name}\" URL parameter must be a JSON-encoded object.");
        }
    }

    private static string? Single(IQueryCollection parameters, string name)
    {
        var values = parameters[name];
        return values.Count switch
        {
            0 => null,
            1 => values[0],
            _ => throw GraphQLHttpException.BadRequest($"The \"{name}\" URL parameter is given more than once."),
        };
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
