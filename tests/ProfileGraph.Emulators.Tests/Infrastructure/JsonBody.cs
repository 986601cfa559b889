using System.Text.Json;

namespace ProfileGraph.Emulators.Tests.Infrastructure;

public static class JsonBody
{
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>The property names of an object, in wire order.</summary>
    public static string[] Names(JsonElement element) => [.. element.EnumerateObject().Select(property => property.Name)];
}
