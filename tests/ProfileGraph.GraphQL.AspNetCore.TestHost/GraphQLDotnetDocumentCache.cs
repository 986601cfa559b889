using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;

namespace ProfileGraph.GraphQL.AspNetCore.TestHost;

/// <summary>
/// graphql-dotnet's document cache as its documentation recommends it (an <see cref="IConfigureExecution"/> that hands
/// the executer a parsed, validated document by query text), held in a dictionary: the GraphQL.MemoryCache package,
/// which does the same over IMemoryCache, does not restore here. Used by the peer benchmarks, in process and here.
/// </summary>
public sealed class GraphQLDotnetDocumentCache : IConfigureExecution
{
    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (options.Document is not null || options.Query is not { } query)
        {
            return await next(options).ConfigureAwait(false);
        }

        if (_documents.TryGetValue(query, out var cached))
        {
            // As GraphQL.MemoryCache does: a cached document validated once; only the rules meant for cached
            // documents (none by default) run again.
            options.Document = cached;
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            return await next(options).ConfigureAwait(false);
        }

        var result = await next(options).ConfigureAwait(false);
        if (result.Executed && result.Document is { } document)
        {
            _documents.TryAdd(query, document);
        }

        return result;
    }
}
