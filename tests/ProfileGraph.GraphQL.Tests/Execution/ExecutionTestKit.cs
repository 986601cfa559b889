using System.Text.Encodings.Web;
using System.Text.Json;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Tests.Execution;

/// <summary>Runs documents through the real pipeline and compares responses as JSON, so key order counts.</summary>
internal static class ExecutionTestKit
{
    public static async Task<string> RunAsync(GraphQLSchema schema, string query, object? variables = null, object? rootValue = null, string? operationName = null, ExecutionOptions? options = null, CancellationToken cancellationToken = default)
    {
        var executor = new RequestExecutor(schema, options);
        var result = await executor.ExecuteAsync(
            new ExecutionRequest
            {
                Query = query,
                OperationName = operationName,
                RootValue = rootValue,
                Variables = variables is null ? null : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(JsonSerializer.Serialize(variables))!
                    .ToDictionary(p => p.Key, p => (object?)p.Value),
            },
            cancellationToken);
        return result.ToJson();
    }

    // Escapes only what JSON requires, as the response writer does.
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Normalises a JSON text written by hand (single quotes allowed) to compact JSON.</summary>
    public static string Json(string text) =>
        JsonSerializer.Serialize(JsonDocument.Parse(text.Replace('\'', '"')).RootElement, Compact);
}
