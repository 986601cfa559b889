using System.Buffers.Text;
using System.Text;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.Providers;

namespace ProfileGraph.Server.Graph.Users;

/// <summary>
/// Opaque global IDs (Relay's object identification): base64url of <c>User:&lt;provider&gt;:&lt;provider id&gt;</c>,
/// <c>Person:&lt;stored id&gt;</c>, or <c>Person:&lt;provider&gt;:&lt;provider id&gt;</c> for the person of an account linked to
/// no other. Clients must not parse them; the type prefix lets <c>node(id:)</c> tell kinds of node apart.
/// </summary>
public static class GlobalId
{
    public const string UserType = "User";
    public const string PersonType = "Person";

    public static string ForUser(UserRef user) => Encode($"{UserType}:{user.Provider}:{user.Id}");

    /// <summary>A stored person's ID.</summary>
    public static string ForPerson(string storedId) => Encode($"{PersonType}:{storedId}");

    /// <summary>The ID of the person an account linked to no other is: it names the account, wherever it is linked later.</summary>
    public static string ForPersonOf(UserRef account) => Encode($"{PersonType}:{account.Provider}:{account.Id}");

    /// <summary>The node type a global ID names (<see cref="UserType"/>, <see cref="PersonType"/>); a clear input error for anything else.</summary>
    public static string TypeOf(string id) => Decode(id) switch
    {
        var text when text.StartsWith(UserType + ":", StringComparison.Ordinal) => UserType,
        var text when text.StartsWith(PersonType + ":", StringComparison.Ordinal) => PersonType,
        _ => throw Invalid(id),
    };

    /// <summary>The user a global ID names; a clear input error for anything that is not such an ID.</summary>
    public static UserRef ParseUser(string id)
    {
        var parts = Decode(id).Split(':', 3);
        return parts is [UserType, var provider, { Length: > 0 } providerId] && TryParseProvider(provider, out var parsed)
            ? new UserRef(parsed, providerId)
            : throw Invalid(id);
    }

    /// <summary>The person a global ID names: a stored person's id, or the account whose person it is.</summary>
    public static (string? StoredId, UserRef? Account) ParsePerson(string id)
    {
        var parts = Decode(id).Split(':', 3);
        return parts switch
        {
            [PersonType, var provider, { Length: > 0 } providerId] when TryParseProvider(provider, out var parsed) => (null, new UserRef(parsed, providerId)),
            [PersonType, { Length: > 0 } stored] => (stored, null),
            _ => throw Invalid(id),
        };
    }

    private static bool TryParseProvider(string text, out Provider provider) =>
        Enum.TryParse(text, out provider) && Enum.IsDefined(provider) && !char.IsDigit(text[0]);

    private static string Encode(string text) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));

    private static string Decode(string id)
    {
        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(id));
        }
        catch (FormatException)
        {
            throw Invalid(id);
        }
    }

    private static GraphQLException Invalid(string id) =>
        new($"\"{id}\" is not an ID of this graph.", ErrorCodes.BadUserInput);
}
