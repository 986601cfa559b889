using ProfileGraph.Server.Graph.Photos;

namespace ProfileGraph.Server.Graph.Users;

/// <summary>
/// The normalized profile fields, as one provider fills them. Each provider's data implements it; a member throws
/// the failure of the call it reads from.
/// </summary>
public interface IUserFacts
{
    string? DisplayName { get; }

    string? FirstName { get; }

    string? LastName { get; }

    string? Username { get; }

    string? Email { get; }

    string? Phone { get; }

    bool? IsBot { get; }

    UserStatus? Status { get; }

    /// <summary>Every size of the profile picture, smallest first.</summary>
    IReadOnlyList<Photo> Photos { get; }

    /// <summary>The size <c>avatar</c> gives without a <c>size</c> argument.</summary>
    Photo? DefaultAvatar { get; }

    /// <summary>How old the data is when the cache served it past its freshness (the provider failed); null when fresh.</summary>
    TimeSpan? StaleAge { get; }
}
