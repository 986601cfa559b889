using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Execution.Planning;
using ProfileGraph.GraphQL.Types;
using ProfileGraph.Providers;

namespace ProfileGraph.Server.Graph.Users;

/// <summary>
/// Reads a <c>User</c> selection ahead of execution and says which provider calls serve it. Fields not in the
/// tables need their provider's profile, so a field added to the schema is never left without data.
/// </summary>
public static class SelectionNeeds
{
    private const DataNeeds Free = DataNeeds.None;

    private static readonly Dictionary<string, DataNeeds> UserFields = new()
    {
        ["__typename"] = Free,
        ["id"] = Free,
        ["provider"] = Free,
        ["providerId"] = Free,
        ["username"] = DataNeeds.SlackAccount | DataNeeds.TelegramUser | DataNeeds.NandboxUser,
        ["phone"] = DataNeeds.SlackProfile,                  // WhatsApp's is its chat id; the others have none
        ["isBot"] = DataNeeds.SlackProfile | DataNeeds.NandboxUser,
        ["avatar"] = DataNeeds.SlackProfile | DataNeeds.WhatsAppAvatar | DataNeeds.NandboxUser,
        ["photos"] = DataNeeds.SlackProfile | DataNeeds.WhatsAppAvatar | DataNeeds.NandboxUser,
        ["nandbox"] = DataNeeds.NandboxUser,
    };

    // The users.info fields of SlackProfile; the rest come with users.profile.get.
    private static readonly HashSet<string> SlackAccountFields =
    [
        "name", "deleted", "color", "timeZone", "timeZoneLabel", "timeZoneOffset", "isAdmin", "isOwner", "isPrimaryOwner",
        "isRestricted", "isUltraRestricted", "isBot", "isAppUser", "updated",
    ];

    /// <summary>What the fields <paramref name="userFields"/> (a look-ahead of type User) need, for users of every provider.</summary>
    public static DataNeeds Of(IResolverContext context, IReadOnlyList<PlannedField> userFields)
    {
        var needs = DataNeeds.None;
        foreach (var field in userFields)
        {
            needs |= field.Field.Name switch
            {
                "slack" => Children(context, field, SlackField),
                "telegram" => Children(context, field, child => child.Field.Name is "key" or "__typename" ? Free : DataNeeds.TelegramUser),
                "whatsapp" => Children(context, field, WhatsAppField),
                var name => UserFields.GetValueOrDefault(name, DataNeeds.Profile),
            };
        }

        return needs;
    }

    /// <summary>The part of <paramref name="needs"/> that concerns <paramref name="provider"/>.</summary>
    public static DataNeeds For(this DataNeeds needs, Provider provider) => needs & provider switch
    {
        Provider.Slack => DataNeeds.SlackProfile | DataNeeds.SlackAccount | DataNeeds.SlackLabels,
        Provider.Telegram => DataNeeds.TelegramUser,
        Provider.WhatsApp => DataNeeds.WhatsAppContact | DataNeeds.WhatsAppAvatar,
        _ => DataNeeds.NandboxUser,
    };

    private static DataNeeds Children(IResolverContext context, PlannedField field, Func<PlannedField, DataNeeds> needsOf)
    {
        var needs = DataNeeds.None;
        foreach (var child in context.GetSelections(field, (ObjectType)field.Type.GetNamedType()))
        {
            needs |= needsOf(child) switch
            {
                DataNeeds.SlackProfile when child.Field.Name == "fields" && context.ArgumentsOf(child).GetValueOrDefault("includeLabels") is true => DataNeeds.SlackLabels,
                var childNeeds => childNeeds,
            };
        }

        return needs;
    }

    private static DataNeeds SlackField(PlannedField field) => field.Field.Name switch
    {
        "__typename" => Free,
        var name when SlackAccountFields.Contains(name) => DataNeeds.SlackAccount,
        _ => DataNeeds.SlackProfile,
    };

    private static DataNeeds WhatsAppField(PlannedField field) => field.Field.Name switch
    {
        "__typename" or "chatId" or "phone" => Free,
        "avatar" => DataNeeds.WhatsAppAvatar,
        _ => DataNeeds.WhatsAppContact,
    };
}
