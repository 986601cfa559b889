using System.Text;
using Microsoft.AspNetCore.Http;

namespace ProfileGraph.Emulators.Telegram;

/// <summary>Checks <c>Authorization: App &lt;apiKey&gt;</c> or <c>Basic &lt;base64 user:pass&gt;</c>.</summary>
internal static class InfobipAuthorization
{
    /// <summary>Which credential authorised the call ("app" or "basic"), or null when none did.</summary>
    public static string? Authenticate(HttpRequest request, TelegramEmulatorOptions options)
    {
        var header = request.Headers.Authorization.ToString();
        var space = header.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return null;
        }

        var scheme = header[..space];
        var credential = header[(space + 1)..].Trim();
        if (scheme.Equals("App", StringComparison.OrdinalIgnoreCase))
        {
            return credential == options.ApiKey ? "app" : null;
        }

        if (scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase))
        {
            return DecodeBasic(credential) == $"{options.BasicUsername}:{options.BasicPassword}" ? "basic" : null;
        }

        return null;
    }

    private static string? DecodeBasic(string credential)
    {
        var bytes = new byte[credential.Length];
        return Convert.TryFromBase64String(credential, bytes, out var length) ? Encoding.UTF8.GetString(bytes, 0, length) : null;
    }
}
