using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;

namespace ProfileGraph.Emulators.Json;

/// <summary>Writes provider bodies the way the providers do: UTF-8 JSON, non-ASCII and '+' left unescaped.</summary>
internal static class EmulatorJson
{
    public const string ContentType = "application/json; charset=utf-8";

    public static EmulatorJsonContext Context { get; } = new(new JsonSerializerOptions(EmulatorJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static Task WriteAsync<T>(HttpResponse response, int statusCode, T body, JsonTypeInfo<T> typeInfo)
    {
        response.StatusCode = statusCode;
        response.ContentType = ContentType;
        return JsonSerializer.SerializeAsync(response.Body, body, typeInfo, response.HttpContext.RequestAborted);
    }

    public static byte[] Serialize<T>(T body, JsonTypeInfo<T> typeInfo) => JsonSerializer.SerializeToUtf8Bytes(body, typeInfo);
}
