using ProfileGraph.Providers.Nandbox;
using ProfileGraph.Server.Graph.Photos;
using ProfileGraph.Server.Graph.Users;

namespace ProfileGraph.Server.Graph.Nandbox;

/// <summary>
/// A nandbox user (getUser), and the parent of the <c>NandboxProfile</c> type. The Bot API hands over one small
/// JPEG (<c>image</c>) with the photo's metadata; the service serves those bytes itself, for the photo and its
/// thumbnail, at <c>/photos/{id}</c>.
/// </summary>
public sealed class NandboxData(string userId, Part<NandboxUser> user, PhotoLinks links) : IUserFacts
{
    private IReadOnlyList<Photo>? _photos;

    public string Id => userId;

    public string Name => User.Name ?? "";

    public string Version => User.Version ?? "";

    public string? Status => User.Status.NullIfEmpty();

    public bool IsBot => User.IsBot;

    public Photo? Photo => AllPhotos.Count > 0 ? AllPhotos[^1] : null;

    private NandboxUser User => user.Get("The nandbox user");

    private IReadOnlyList<Photo> AllPhotos => _photos ??= BuildPhotos();

    string? IUserFacts.DisplayName => User.Name.NullIfEmpty();

    // nandbox profiles have one name, not first and last names.
    string? IUserFacts.FirstName => null;

    string? IUserFacts.LastName => null;

    string? IUserFacts.Username => User.ShortName.NullIfEmpty();

    string? IUserFacts.Email => null;

    string? IUserFacts.Phone => null;

    bool? IUserFacts.IsBot => User.IsBot;

    UserStatus? IUserFacts.Status => UserStatus.From(User.Status, null, null);

    IReadOnlyList<Photo> IUserFacts.Photos => AllPhotos;

    Photo? IUserFacts.DefaultAvatar => Photo;

    TimeSpan? IUserFacts.StaleAge => user.StaleAge;

    /// <summary>The thumbnail, then the photo: smallest first.</summary>
    private List<Photo> BuildPhotos()
    {
        if (User is not { Image.Length: > 0, Photo: { } photo })
        {
            return [];
        }

        var thumbnail = photo.Thumbnail is { } small ? Link(small.Id ?? "thumbnail", small.Width, small.Height, null) : null;
        var full = Link(photo.Id ?? "photo", photo.Width, photo.Height, thumbnail);
        return thumbnail is null ? [full] : [thumbnail, full];
    }

    private Photo Link(string providerPhotoId, int? width, int? height, Photo? thumbnail)
    {
        var id = PhotoId.ForNandbox(userId, providerPhotoId);
        return new Photo(id, links.For(id), width, height, thumbnail);
    }
}
