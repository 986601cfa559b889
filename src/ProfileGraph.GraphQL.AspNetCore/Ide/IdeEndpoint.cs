using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ProfileGraph.GraphQL.AspNetCore.Ide;

/// <summary>
/// Serves Banana Cake Pop under <c>{graphql path}/ui/</c>: its files, and the <c>bcp-config.json</c> it fetches beside
/// its page, which points it at the GraphQL endpoint with telemetry off.
/// </summary>
internal sealed class IdeEndpoint(string graphQLPath)
{
    // Build files under static/ carry a content hash in their names, so they never change at their URL.
    private const string Immutable = "public, max-age=31536000, immutable";
    private const string Revalidate = "no-cache";

    private readonly BananaCakePopFiles _files = BananaCakePopFiles.Instance;

    public Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var file = context.GetRouteValue("file") as string ?? "";
        if (file.Length == 0 && !request.Path.Value!.EndsWith('/'))
        {
            // The page loads its scripts by relative URLs, which resolve only below ".../ui/".
            context.Response.Redirect(request.PathBase + request.Path + "/");
            return Task.CompletedTask;
        }

        return file switch
        {
            "" => ServeFileAsync(context, "index.html"),
            "bcp-config.json" => ServeConfigAsync(context),
            _ => ServeFileAsync(context, file),
        };
    }

    private Task ServeConfigAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "application/json";
        response.Headers.CacheControl = Revalidate;
        using var writer = new Utf8JsonWriter(response.BodyWriter);
        writer.WriteStartObject();
        writer.WriteBoolean("useBrowserUrlAsEndpoint", true);
        writer.WriteString("endpoint", context.Request.PathBase + graphQLPath);
        writer.WriteBoolean("disableTelemetry", true);
        writer.WriteEndObject();
        return Task.CompletedTask;
    }

    private Task ServeFileAsync(HttpContext context, string path)
    {
        var response = context.Response;
        if (_files.Find(path) is not { } file)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        response.Headers.ETag = _files.ETag;
        response.Headers.CacheControl = path.StartsWith("static/", StringComparison.Ordinal) ? Immutable : Revalidate;
        response.Headers.XContentTypeOptions = "nosniff";
        if (context.Request.Headers.IfNoneMatch == _files.ETag)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.ContentType = _files.ContentType(path);
        response.ContentLength = file.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.SendFileAsync(file, context.RequestAborted);
    }
}
