using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace ProfileGraph.GraphQL.AspNetCore.Ide;

/// <summary>
/// Banana Cake Pop's static build (npm <c>@chillicream/bananacakepop-graphql-ide</c>, pinned in
/// <c>Ide/package-lock.json</c>), embedded in this assembly by the build, with its LICENSE. Nothing is fetched from a CDN.
/// </summary>
internal sealed class BananaCakePopFiles
{
    public static BananaCakePopFiles Instance { get; } = new();

    private readonly ManifestEmbeddedFileProvider _files = new(typeof(BananaCakePopFiles).Assembly, "BananaCakePop");
    private readonly FileExtensionContentTypeProvider _contentTypes = new();

    private BananaCakePopFiles()
    {
        // Embedded files change only with the assembly, so its module version tags them all.
        ETag = $"\"{typeof(BananaCakePopFiles).Assembly.ManifestModule.ModuleVersionId:N}\"";
    }

    public string ETag { get; }

    /// <summary>A file of the build by its path under the package root ("index.html", "static/js/main.js"), or null.</summary>
    public IFileInfo? Find(string path)
    {
        var file = _files.GetFileInfo(path);
        return file.Exists && !file.IsDirectory ? file : null;
    }

    public string ContentType(string path) => path switch
    {
        "LICENSE" => "text/plain; charset=utf-8",
        _ when path.EndsWith(".webmanifest", StringComparison.Ordinal) => "application/manifest+json",
        _ when _contentTypes.TryGetContentType(path, out var type) => type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("javascript", StringComparison.Ordinal) ? type + "; charset=utf-8" : type,
        _ => "application/octet-stream",
    };
}
