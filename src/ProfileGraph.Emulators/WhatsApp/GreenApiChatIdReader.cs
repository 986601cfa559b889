using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace ProfileGraph.Emulators.WhatsApp;

/// <summary>
/// Reads <c>{"chatId":"&lt;digits&gt;@c.us"}</c> the way GREEN-API's server does, down to its 500 when
/// <c>chatId</c> is not a string (a failed Go type assertion).
/// </summary>
internal static partial class GreenApiChatIdReader
{
    public const string GroupChatsNotSupported =
        "Validation failed. Details: The method GetContactInfo does not support group chats, to work with groups, use the GetGroupData method";

    public const string ValidationFailed = "Validation failed";

    /// <summary>The chat id, or the status code and description to answer with.</summary>
    public static async Task<(string? ChatId, int StatusCode, string? Problem)> ReadAsync(HttpRequest request)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, request.HttpContext.RequestAborted);
        if (body.Length == 0)
        {
            return (null, StatusCodes.Status400BadRequest, GroupChatsNotSupported);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.ToArray());
        }
        catch (JsonException)
        {
            return (null, StatusCodes.Status400BadRequest, ValidationFailed);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, StatusCodes.Status400BadRequest, ValidationFailed);
            }

            if (!document.RootElement.TryGetProperty("chatId", out var chatId))
            {
                return (null, StatusCodes.Status400BadRequest, GroupChatsNotSupported);
            }

            if (chatId.ValueKind != JsonValueKind.String)
            {
                return (null, StatusCodes.Status500InternalServerError, $"interface conversion: interface {{}} is {GoTypeName(chatId.ValueKind)}, not string");
            }

            var value = chatId.GetString()!;
            return PersonalChatId().IsMatch(value)
                ? (value, StatusCodes.Status200OK, null)
                : (null, StatusCodes.Status400BadRequest, GroupChatsNotSupported);
        }
    }

    private static string GoTypeName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.True or JsonValueKind.False => "bool",
        JsonValueKind.Number => "float64",
        JsonValueKind.Object => "map[string]interface {}",
        JsonValueKind.Array => "[]interface {}",
        _ => "nil",
    };

    [GeneratedRegex(@"^[1-9][0-9]{4,19}@c\.us$", RegexOptions.CultureInvariant)]
    private static partial Regex PersonalChatId();
}
