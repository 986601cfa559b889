using System.Buffers;
using System.Text;
using System.Text.Json;
using ProfileGraph.Providers.Errors;
using StackExchange.Redis;

namespace ProfileGraph.Providers.Nandbox;

/// <summary>
/// What replicas send each other over Redis for <see cref="NandboxRelay"/>: a request (its id, the channel to answer
/// on, the operation and the frame) and a reply (the id and the server's frame, or an error kind and message).
/// Frames are getUser-like requests and their replies; TOKEN_AUTH, which carries the secret, is never relayed.
/// </summary>
internal static class RelayMessage
{
    public sealed record RelayedRequest(long Id, string ReplyTo, string Operation, byte[] Frame);

    public sealed record RelayedReply(long Id, byte[]? Frame, ProviderErrorKind Kind, string? Message);

    public static byte[] Request(long id, string replyTo, string operation, byte[] frame) => Write(writer =>
    {
        writer.WriteNumber("id", id);
        writer.WriteString("replyTo", replyTo);
        writer.WriteString("operation", operation);
        writer.WritePropertyName("frame");
        writer.WriteRawValue(frame);
    });

    public static byte[] Reply(long id, JsonElement frame) => Write(writer =>
    {
        writer.WriteNumber("id", id);
        writer.WritePropertyName("frame");
        frame.WriteTo(writer);
    });

    public static byte[] Failure(long id, ProviderErrorKind kind, string message) => Write(writer =>
    {
        writer.WriteNumber("id", id);
        writer.WriteString("kind", kind.ToString());
        writer.WriteString("message", message);
    });

    public static RelayedRequest? ReadRequest(RedisValue message) => Read(message, root =>
        root.TryGetProperty("id", out var id) && id.TryGetInt64(out var number)
        && root.TryGetProperty("replyTo", out var replyTo) && replyTo.ValueKind == JsonValueKind.String
        && root.TryGetProperty("operation", out var operation) && operation.ValueKind == JsonValueKind.String
        && root.TryGetProperty("frame", out var frame) && frame.ValueKind == JsonValueKind.Object
            ? new RelayedRequest(number, replyTo.GetString()!, operation.GetString()!, Encoding.UTF8.GetBytes(frame.GetRawText()))
            : null);

    public static RelayedReply? ReadReply(RedisValue message) => Read(message, root =>
    {
        if (!root.TryGetProperty("id", out var id) || !id.TryGetInt64(out var number))
        {
            return null;
        }

        if (root.TryGetProperty("frame", out var frame))
        {
            return new RelayedReply(number, Encoding.UTF8.GetBytes(frame.GetRawText()), ProviderErrorKind.BadResponse, null);
        }

        var kind = root.TryGetProperty("kind", out var kindText) && Enum.TryParse<ProviderErrorKind>(kindText.GetString(), out var parsed) ? parsed : ProviderErrorKind.BadResponse;
        return new RelayedReply(number, null, kind, root.TryGetProperty("message", out var text) ? text.GetString() : null);
    });

    private static T? Read<T>(RedisValue message, Func<JsonElement, T?> read)
        where T : class
    {
        try
        {
            using var document = JsonDocument.Parse((byte[])message!);
            return document.RootElement.ValueKind == JsonValueKind.Object ? read(document.RootElement) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static byte[] Write(Action<Utf8JsonWriter> properties)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            properties(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
