using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProfileGraph.GraphQL.AspNetCore.Clients;
using ProfileGraph.GraphQL.AspNetCore.Http;
using ProfileGraph.GraphQL.Execution;

namespace ProfileGraph.GraphQL.AspNetCore.Documents;

/// <summary>
/// Finds the document of a request that names one instead of sending it, before the engine sees the request:
/// <c>documentId</c> (<c>sha256:&lt;hex&gt;</c>, the GraphQL-over-HTTP draft) names a trusted document; Apollo's
/// <c>extensions.persistedQuery.sha256Hash</c> a trusted document or an automatic persisted query (APQ: a hash the
/// service has not seen is <c>PERSISTED_QUERY_NOT_FOUND</c>, and the client's retry with the document stores it after
/// its hash is checked). A client allowed trusted documents only is refused any other document (<c>FORBIDDEN</c>),
/// and never stores one.
/// </summary>
internal sealed class PersistedDocuments(TrustedDocuments trusted, IPersistedQueryStore automatic, IOptions<GraphQLHttpOptions> options)
{
    public const string NotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string HashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string Forbidden = "FORBIDDEN";

    private const string DocumentIdPrefix = "sha256:";

    /// <summary>Gives <paramref name="request"/> its document, or the error that refuses it.</summary>
    public async ValueTask<GraphQLError?> ResolveAsync(HttpContext context, GraphQLHttpRequest request)
    {
        var trustedOnly = context.RequestServices.GetService<ClientRegistry>()?.Get(ClientClaims.NameOf(context.User))?.TrustedDocumentsOnly == true;
        if (request.DocumentId is { } id)
        {
            if (!id.StartsWith(DocumentIdPrefix, StringComparison.Ordinal) || trusted.Find(id[DocumentIdPrefix.Length..]) is not { } document)
            {
                return new GraphQLError($"No trusted document has the id \"{id}\".", NotFound);
            }

            request.SetQuery(document);
            return null;
        }

        if (request.PersistedQueryHash is { } hash)
        {
            return request.HasQuery ? await StoreAsync(context, request, hash, trustedOnly).ConfigureAwait(false) : await FindAsync(context, request, hash, trustedOnly).ConfigureAwait(false);
        }

        return trustedOnly && !trusted.Contains(TextOf(request))
            ? new GraphQLError("This client may only run trusted documents: send a documentId.", Forbidden)
            : null;
    }

    private async ValueTask<GraphQLError?> FindAsync(HttpContext context, GraphQLHttpRequest request, string hash, bool trustedOnly)
    {
        var document = trusted.Find(hash)
            ?? (trustedOnly || !options.Value.EnablePersistedQueries ? null : await automatic.GetAsync(hash.ToLowerInvariant(), context.RequestAborted).ConfigureAwait(false));
        if (document is null)
        {
            // Apollo's clients look for this message and code, then send the document with its hash.
            return new GraphQLError("PersistedQueryNotFound", NotFound);
        }

        request.SetQuery(document);
        return null;
    }

    private async ValueTask<GraphQLError?> StoreAsync(HttpContext context, GraphQLHttpRequest request, string hash, bool trustedOnly)
    {
        var text = TextOf(request);
        var actual = TrustedDocuments.Sha256Of(text);
        if (!actual.Equals(hash, StringComparison.OrdinalIgnoreCase))
        {
            return new GraphQLError("The persisted query's sha256Hash is not the SHA-256 of its document.", HashMismatch);
        }

        if (trustedOnly)
        {
            return trusted.Contains(text) ? null : new GraphQLError("This client may only run trusted documents: send a documentId.", Forbidden);
        }

        if (options.Value.EnablePersistedQueries)
        {
            await automatic.SetAsync(actual, text, context.RequestAborted).ConfigureAwait(false);
        }

        return null;
    }

    private static string TextOf(GraphQLHttpRequest request) =>
        request.Query ?? System.Text.Encoding.UTF8.GetString(request.QueryUtf8.Span);
}
