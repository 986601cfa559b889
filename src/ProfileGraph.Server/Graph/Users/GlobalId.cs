using System.Buffers.Text;
using System.Text;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.Providers;

namespace ProfileGraph.Server.Graph.Users;

/// <summary>
/// Opaque global IDs (Relay's object identification): base64url of <c>User:&lt;provider&gt;:&lt;provider id&gt;</c>. Clients
/// must not parse them; the type prefix lets <c>node(id:)</c> tell kinds of node apart as the graph grows.
/// </summary>
public static class GlobalId
{
    private const string UserPrefix = "User:";

    public static string ForUser(UserRef user) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{UserPrefix}{user.Provider}:{user.Id}"));

    /// <summary>The user a global ID names; a clear input error for anything that is not such an ID.</summary>
    public static UserRef ParseUser(string id)
    {
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(id));
        }
        catch (FormatException)
        {
            throw Invalid(id);
        }

        var parts = text.Split(':', 3);
        return parts is ["User", var provider, { Length: > 0 } providerId] && Enum.TryParse<Provider>(provider, out var parsed) && Enum.IsDefined(parsed)
            ? new UserRef(parsed, providerId)
            : throw Invalid(id);
    }

    private static GraphQLException Invalid(string id) =>
        new($"\"{id}\" is not an ID of this graph.", ErrorCodes.BadUserInput);
}
