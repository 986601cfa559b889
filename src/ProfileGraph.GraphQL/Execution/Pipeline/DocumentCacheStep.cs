using System.Security.Cryptography;
using System.Text;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Execution.Pipeline;

/// <summary>Hashes the document text and looks the parsed document up, so a repeated document is not parsed again.</summary>
internal sealed class DocumentCacheStep(int capacity) : RequestStep
{
    private readonly BoundedCache<DocumentNode> _documents = new(capacity);

    public override async ValueTask InvokeAsync(RequestContext context, RequestHandler nextStep)
    {
        context.DocumentHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(context.Request.Query)));
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
}
