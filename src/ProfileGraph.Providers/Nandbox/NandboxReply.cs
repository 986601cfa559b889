using System.Globalization;
using System.Text.Json;

namespace ProfileGraph.Providers.Nandbox;

/// <summary>
/// One frame from the server: its <c>method</c> (absent on errors), <c>error</c>, and the <c>reference</c> it
/// echoes, string or number as sent, read as the number this client sent.
/// </summary>
internal sealed record NandboxReply(string? Method, string? Error, long? Reference, JsonElement Frame)
{
    /// <summary>The parsed frame, or null when it is no JSON object.</summary>
    public static NandboxReply? Parse(ReadOnlyMemory<byte> frame)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(frame);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return new NandboxReply(StringOf(root, "method"), StringOf(root, "error"), ReferenceOf(root), root);
    }

    private static string? StringOf(JsonElement frame, string name) =>
        frame.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long? ReferenceOf(JsonElement frame)
    {
        if (!frame.TryGetProperty("reference", out var reference))
        {
            return null;
        }

        return reference.ValueKind switch
        {
            JsonValueKind.Number when reference.TryGetInt64(out var number) => number,
            JsonValueKind.String when long.TryParse(reference.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) => number,
            _ => null,
        };
    }
}
