using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Execution.Pipeline;

/// <summary>
/// Hashes the document's UTF-8 and looks the parsed document up, so a repeated document is not parsed again. Text
/// and bytes of one document hash alike.
/// </summary>
internal sealed class DocumentCacheStep(int capacity) : RequestStep
{
    private readonly BoundedCache<DocumentNode> _documents = new(capacity);

    public override async ValueTask InvokeAsync(RequestContext context, RequestHandler nextStep)
    {
        var request = context.Request;
        context.DocumentHash = request.Query is { } text ? Hash(text) : Hash(request.QueryUtf8.Span);
        if (_documents.TryGet(context.DocumentHash, out var document))
        {
            context.Document = document;
            await nextStep(context).ConfigureAwait(false);
            return;
        }

        await nextStep(context).ConfigureAwait(false);
        if (context.Document is not null)
        {
            _documents.Set(context.DocumentHash, context.Document);
        }
    }

    /// <summary>The hex SHA-256 of the text's UTF-8, encoded into a pooled buffer: this runs for every request.</summary>
    private static string Hash(string text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            return Hash(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static string Hash(ReadOnlySpan<byte> utf8)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(utf8, hash);
        return Convert.ToHexString(hash);
    }
}
