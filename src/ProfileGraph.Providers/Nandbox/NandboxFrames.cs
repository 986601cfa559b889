using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace ProfileGraph.Providers.Nandbox;

/// <summary>The frames a bot sends. Built by hand, and never logged: TOKEN_AUTH carries the bot's secret.</summary>
internal static class NandboxFrames
{
    public static byte[] TokenAuth(string token) => Write(writer =>
    {
        writer.WriteString("method", "TOKEN_AUTH");
        writer.WriteBoolean("rem", true);
        writer.WriteString("token", token);
    });

    public static byte[] Ping { get; } = Write(writer => writer.WriteString("method", "PING"));

    /// <summary>getUser; the reference is sent as a string, as in the documented example, and echoed back.</summary>
    public static byte[] GetUser(string appId, string userId, long reference) => Write(writer =>
    {
        writer.WriteString("method", "getUser");
        writer.WriteString("app_id", appId);
        writer.WriteString("user_id", userId);
        writer.WriteString("reference", reference.ToString(CultureInfo.InvariantCulture));
    });

    private static byte[] Write(Action<Utf8JsonWriter> properties)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            properties(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
