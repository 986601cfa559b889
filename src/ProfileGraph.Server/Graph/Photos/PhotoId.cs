using System.Buffers.Text;
using System.Text;

namespace ProfileGraph.Server.Graph.Photos;

/// <summary>
/// IDs of the photos this service serves itself: base64url of <c>nandbox:&lt;user id&gt;:&lt;photo id&gt;</c>, so a URL
/// stays valid after a restart: the user can be fetched again for the bytes.
/// </summary>
public static class PhotoId
{
    public static string ForNandbox(string userId, string photoId) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"nandbox:{userId}:{photoId}"));

    /// <summary>The nandbox user a photo ID belongs to, or null for text that is not such an ID.</summary>
    public static string? NandboxUserOf(string id)
    {
        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(id)).Split(':', 3) is ["nandbox", { Length: > 0 } userId, _] ? userId : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
