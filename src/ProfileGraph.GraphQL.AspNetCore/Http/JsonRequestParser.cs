using System.Buffers;
using System.Text.Json;

namespace ProfileGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// Reads a POST body of <c>application/json</c>: one request object, or with batching on an array of them. Known
/// parameters must have their types (query: string; operationName: string or null; variables and extensions: object
/// or null); other properties are ignored, as the draft requires. An unescaped query is not copied at all: the request
/// points at its bytes in the body.
/// </summary>
internal static class JsonRequestParser
{
    [Flags]
    private enum Seen
    {
        None = 0,
        Query = 1,
        OperationName = 2,
        Variables = 4,
        Extensions = 8,
        DocumentId = 16,
    }

    /// <summary>The requests of the body (an array, even of one, is a batch); each must be disposed after its response.</summary>
    public static GraphQLHttpRequest[] Parse(ReadOnlyMemory<byte> body, GraphQLHttpOptions options, out bool isBatch)
    {
        isBatch = false;
        if (body.Span.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
        }

        if (body.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw GraphQLHttpException.BadRequest("The request body is empty: send a JSON object with a \"query\" parameter.");
        }

        var reader = new Utf8JsonReader(body.Span);
        var requests = new List<GraphQLHttpRequest>(1);
        var complete = false;
        try
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                requests.Add(ReadRequest(ref reader, body, index: null));
            }
            else if (reader.TokenType == JsonTokenType.StartArray && options.EnableBatching)
            {
                isBatch = true;
                ReadBatch(ref reader, body, options.MaxBatchSize, requests);
            }
            else if (reader.TokenType == JsonTokenType.StartArray)
            {
                throw GraphQLHttpException.BadRequest("Request batching is not enabled: send one JSON object with a \"query\" parameter.");
            }
            else
            {
                throw GraphQLHttpException.BadRequest(options.EnableBatching
                    ? "The request body must be a JSON object with a \"query\" parameter, or an array of such objects."
                    : "The request body must be a JSON object with a \"query\" parameter.");
            }

            // Anything but whitespace after the value makes the reader throw.
            reader.Read();
            complete = true;
            return [.. requests];
        }
        catch (JsonException error)
        {
            throw GraphQLHttpException.BadRequest($"The request body is not valid JSON: {error.Message}");
        }
        catch (InvalidOperationException error)
        {
            // A string escape that is no UTF-16 (a lone surrogate such as \ud800).
            throw GraphQLHttpException.BadRequest($"The request body is not valid JSON: {error.Message}");
        }
        finally
        {
            if (!complete)
            {
                foreach (var request in requests)
                {
                    request.Dispose();
                }
            }
        }
    }

    private static void ReadBatch(ref Utf8JsonReader reader, ReadOnlyMemory<byte> body, int maxBatchSize, List<GraphQLHttpRequest> requests)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (requests.Count == maxBatchSize)
            {
                throw GraphQLHttpException.BadRequest($"The batch holds more than {maxBatchSize} requests, the most one batch may hold.");
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw GraphQLHttpException.BadRequest($"The batch's request at index {requests.Count} must be a JSON object with a \"query\" parameter.");
            }

            requests.Add(ReadRequest(ref reader, body, requests.Count));
        }

        if (requests.Count == 0)
        {
            throw GraphQLHttpException.BadRequest("The batch is empty: send at least one request.");
        }
    }

    private static GraphQLHttpRequest ReadRequest(ref Utf8JsonReader reader, ReadOnlyMemory<byte> body, int? index)
    {
        var request = new GraphQLHttpRequest();
        try
        {
            var seen = Seen.None;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var parameter = reader.ValueTextEquals("query"u8) ? Seen.Query
                    : reader.ValueTextEquals("operationName"u8) ? Seen.OperationName
                    : reader.ValueTextEquals("variables"u8) ? Seen.Variables
                    : reader.ValueTextEquals("extensions"u8) ? Seen.Extensions
                    : reader.ValueTextEquals("documentId"u8) ? Seen.DocumentId
                    : Seen.None;
                reader.Read();
                if (parameter == Seen.None)
                {
                    reader.Skip();
                    continue;
                }

                if ((seen & parameter) != 0)
                {
                    throw GraphQLHttpException.BadRequest($"{Where(index)}the \"{Name(parameter)}\" parameter is given more than once.");
                }

                seen |= parameter;
                switch (parameter)
                {
                    case Seen.Query:
                        ReadQuery(ref reader, body, request, index);
                        break;
                    case Seen.OperationName:
                        request.OperationName = reader.TokenType switch
                        {
                            JsonTokenType.String => reader.GetString(),
                            JsonTokenType.Null => null,
                            _ => throw WrongType(index, "operationName", "a string or null", reader.TokenType),
                        };
                        break;
                    case Seen.Variables:
                        request.SetVariables(ReadMap(ref reader, body, index, "variables"));
                        break;
                    case Seen.DocumentId:
                        request.DocumentId = reader.TokenType switch
                        {
                            JsonTokenType.String => reader.GetString(),
                            JsonTokenType.Null => null,
                            _ => throw WrongType(index, "documentId", "a string or null", reader.TokenType),
                        };
                        break;
                    default:
                        request.SetExtensions(ReadMap(ref reader, body, index, "extensions"));
                        break;
                }
            }

            if (!request.HasQuery && !request.NamesPersistedDocument)
            {
                throw GraphQLHttpException.BadRequest($"{Where(index)}the \"query\" parameter is missing: it must be a string holding the GraphQL document.");
            }

            return request;
        }
        catch
        {
            request.Dispose();
            throw;
        }
    }

    private static void ReadQuery(ref Utf8JsonReader reader, ReadOnlyMemory<byte> body, GraphQLHttpRequest request, int? index)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw WrongType(index, "query", "a string", reader.TokenType);
        }

        if (!reader.ValueIsEscaped)
        {
            // The document's bytes between the quotes: parsed where they lie.
            request.SetQuery(body.Slice((int)reader.TokenStartIndex + 1, reader.ValueSpan.Length), rented: null);
            return;
        }

        // Escapes (\n, \") make the text shorter, never longer, than its JSON form.
        var rented = ArrayPool<byte>.Shared.Rent(reader.ValueSpan.Length);
        try
        {
            var length = reader.CopyString(rented);
            request.SetQuery(rented.AsMemory(0, length), rented);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(rented);
            throw;
        }
    }

    // A JSON object (its elements point into the body; nothing is copied) or null.
    private static JsonDocument? ReadMap(ref Utf8JsonReader reader, ReadOnlyMemory<byte> body, int? index, string name)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw WrongType(index, name, "an object or null", reader.TokenType);
        }

        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        return JsonDocument.Parse(body[start..(int)reader.BytesConsumed]);
    }

    private static GraphQLHttpException WrongType(int? index, string name, string expected, JsonTokenType found) =>
        GraphQLHttpException.BadRequest($"{Where(index)}the \"{name}\" parameter must be {expected}, not {Describe(found)}.");

    private static string Where(int? index) => index is null ? "In the request, " : $"In the batch's request at index {index}, ";

    private static string Name(Seen parameter) => parameter switch
    {
        Seen.Query => "query",
        Seen.OperationName => "operationName",
        Seen.Variables => "variables",
        Seen.DocumentId => "documentId",
        _ => "extensions",
    };

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        _ => "null",
    };
}
