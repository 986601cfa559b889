using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace ProfileGraph.Server.Paging;

/// <summary>Cursors are opaque to clients: a JSON array of strings, base64url-encoded.</summary>
internal static class CursorText
{
    public static string Encode(IEnumerable<string?> parts) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(parts.ToArray()));

    /// <summary>The parts of a cursor, or null when the text is not one.</summary>
    public static string?[]? Decode(string cursor)
    {
        try
        {
            return JsonSerializer.Deserialize<string?[]>(Base64Url.DecodeFromChars(cursor));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }
}
