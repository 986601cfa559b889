using System.Text.Json.Serialization;

namespace ProfileGraph.Emulators.Slack;

/// <summary>
/// The body of <c>PATCH /_admin/slack/users/{id}</c>: the profile fields to set, named as Slack names them; fields left
/// out keep their value, and a field that is not one of these is refused.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SlackUserChange
{
    /// <summary>Slack's <c>users.profile.set</c> limit on the status text; the other fields are held to it too.</summary>
    public const int MaxLength = 100;

    [JsonPropertyName("display_name")]
    public string? DisplayName { get; init; }

    [JsonPropertyName("real_name")]
    public string? RealName { get; init; }

    [JsonPropertyName("first_name")]
    public string? FirstName { get; init; }

    [JsonPropertyName("last_name")]
    public string? LastName { get; init; }

    [JsonPropertyName("title")]
    public string? Title { get; init; }

    [JsonPropertyName("phone")]
    public string? Phone { get; init; }

    [JsonPropertyName("pronouns")]
    public string? Pronouns { get; init; }

    [JsonPropertyName("status_text")]
    public string? StatusText { get; init; }

    [JsonPropertyName("status_emoji")]
    public string? StatusEmoji { get; init; }

    private IEnumerable<(string Name, string? Value)> Fields =>
    [
        ("display_name", DisplayName), ("real_name", RealName), ("first_name", FirstName), ("last_name", LastName), ("title", Title),
        ("phone", Phone), ("pronouns", Pronouns), ("status_text", StatusText), ("status_emoji", StatusEmoji),
    ];

    /// <summary>What is wrong with the change, or null.</summary>
    public string? Validate()
    {
        var given = Fields.Where(field => field.Value is not null).ToList();
        if (given.Count == 0)
        {
            return "give at least one of " + string.Join(", ", Fields.Select(field => field.Name));
        }

        foreach (var (name, value) in given)
        {
            if (value!.Length > MaxLength)
            {
                return $"{name} is longer than {MaxLength} characters";
            }

            if (value.Any(char.IsControl))
            {
                return $"{name} contains control characters";
            }
        }

        return StatusEmoji is { Length: > 0 } emoji && (emoji.Length < 3 || emoji[0] != ':' || emoji[^1] != ':')
            ? "status_emoji must look like :name:"
            : null;
    }

    /// <summary><paramref name="user"/> with the change applied, updated at <paramref name="now"/>.</summary>
    public SlackUser ApplyTo(SlackUser user, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(user);
        var profile = user.Profile;
        return user with
        {
            RealName = RealName ?? user.RealName,
            Updated = now.ToUnixTimeSeconds(),
            Profile = profile with
            {
                DisplayName = DisplayName ?? profile.DisplayName,
                DisplayNameNormalized = DisplayName is null ? profile.DisplayNameNormalized : Data.NamePool.ToAscii(DisplayName),
                RealName = RealName ?? profile.RealName,
                RealNameNormalized = RealName is null ? profile.RealNameNormalized : Data.NamePool.ToAscii(RealName),
                FirstName = FirstName ?? profile.FirstName,
                LastName = LastName ?? profile.LastName,
                Title = Title ?? profile.Title,
                Phone = Phone ?? profile.Phone,
                Pronouns = Pronouns ?? profile.Pronouns,
                StatusText = StatusText ?? profile.StatusText,
                StatusEmoji = StatusEmoji ?? profile.StatusEmoji,
            },
        };
    }
}
