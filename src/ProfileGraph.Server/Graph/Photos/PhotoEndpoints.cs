using ProfileGraph.Providers.Errors;
using ProfileGraph.Providers.Nandbox;

namespace ProfileGraph.Server.Graph.Photos;

/// <summary>
/// <c>GET /photos/{id}</c>: the photos whose bytes arrive inside provider answers (nandbox), served as images at a
/// stable URL rather than inlined in GraphQL responses. A photo not in the store is fetched again from its user.
/// </summary>
public static class PhotoEndpoints
{
    public static IEndpointRouteBuilder MapPhotos(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/photos/{id}", ServeAsync);
        return endpoints;
    }

    private static async Task<IResult> ServeAsync(string id, PhotoStore store, NandboxClient nandbox, CancellationToken cancellationToken)
    {
        var bytes = store.Get(id);
        if (bytes is null && PhotoId.NandboxUserOf(id) is { } userId)
        {
            try
            {
                var user = await nandbox.GetUserAsync(userId, cancellationToken).ConfigureAwait(false);
                if (user.Image is { Length: > 0 } image)
                {
                    store.Set(id, image);
                    bytes = image;
                }
            }
            catch (ProviderException failure) when (failure.Kind == ProviderErrorKind.NotFound)
            {
                return Results.NotFound();
            }
            catch (ProviderException)
            {
                return Results.StatusCode(StatusCodes.Status502BadGateway);
            }
        }

        // The ID names one version of one picture, so the bytes never change under it.
        return bytes is null ? Results.NotFound() : Results.File(bytes, "image/jpeg", lastModified: null, entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{id}\""));
    }
}
